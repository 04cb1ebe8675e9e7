import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { simulateWeights, type SimulationLot, type TenderState, validateWeightScenarios, type WeightSimulation } from '@rim/domain';
import { generateSyntheticBids } from '@rim/market-sim';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainException } from '../../common/problem/error-code.js';
import { AwardService } from './award.service.js';
import { WeightSimulationRequestDto } from './dto/evaluation.dto.js';
import { TenderLotEntity } from './entities/tender-lot.entity.js';
import { TenderEntity } from './entities/tender.entity.js';

/** Synthetic lots simulated at most, so that a 1,855-lot tender still answers quickly. */
const SYNTHETIC_LOTS = 60;
const SYNTHETIC_BIDS = 8;
const EVALUATED: readonly TenderState[] = ['EVALUATED', 'AWARD_DECIDED', 'STANDSTILL', 'CONTRACTED'];

/**
 * TD-10: how the ranking changes under other weights, and whether one criterion alone decides it — on the
 * evaluated bids of an earlier tender, or on synthetic bids for this tender's lots.
 */
@Injectable()
export class WeightSimulationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly award: AwardService,
  ) {}

  async simulate(tenderId: string, dto: WeightSimulationRequestDto): Promise<WeightSimulation> {
    const tender = await this.dataSource.getRepository(TenderEntity).findOneBy({ id: tenderId });
    if (!tender) throw new DomainException('NOT_FOUND', 'No such tender.');
    const scenarios = dto.scenarios.map((s) => ({ name: s.name, weights: { ...s.weights } }));
    const errors = validateWeightScenarios(scenarios);
    if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The scenarios are not valid.', errors);
    const lots = dto.historicalTenderId ? await this.historical(dto.historicalTenderId) : await this.synthetic(tenderId);
    return simulateWeights(lots, tender.evaluationRules, scenarios, tender.lotterySeed ?? tenderId);
  }

  private async historical(tenderId: string): Promise<SimulationLot[]> {
    const past = await this.dataSource.getRepository(TenderEntity).findOneBy({ id: tenderId });
    if (!past || !EVALUATED.includes(past.status)) {
      throw new DomainException('VALIDATION_FAILED', 'Historical bids come from a tender whose bids were evaluated.', [{ field: 'historicalTenderId', message: 'not evaluated' }]);
    }
    const bids = await this.award.evaluatedBids(tenderId);
    const lots = await this.dataSource.getRepository(TenderLotEntity).findBy({ tenderId });
    return lots.filter((l) => bids.has(l.id)).map((l) => ({ lot: { lotId: l.id, maxPriceCents: l.maxPriceCents, maxDurationDays: l.maxDurationDays }, bids: bids.get(l.id)! }));
  }

  private async synthetic(tenderId: string): Promise<SimulationLot[]> {
    const lots = await this.dataSource.getRepository(TenderLotEntity).find({ where: { tenderId }, order: { code: 'ASC' }, take: SYNTHETIC_LOTS });
    return lots.map((l) => {
      const seed = createHash('sha256').update(l.id).digest().readUInt32BE(0);
      const limits = { maxPriceCents: l.maxPriceCents, maxDurationDays: l.maxDurationDays };
      return { lot: { lotId: l.id, ...limits }, bids: generateSyntheticBids(seed, l.id, limits, SYNTHETIC_BIDS) };
    });
  }
}
