import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { parseIfMatch } from '../../common/http/if-match.js';
import { BidsService } from './bids.service.js';
import { ClarificationService } from './clarification.service.js';
import { AmendmentDto, AmendmentInputDto, AnswerQuestionDto, AskQuestionDto, ClarificationsDto, QuestionDto } from './dto/clarification.dto.js';
import { CancelTenderDto } from './dto/tender-action.dto.js';
import {
  BidReceiptDto, CreateTenderDto, OpenedBidDto, OpeningDto, SelectionDecisionDto, SelectionRequestDto, SelectionRequestInputDto, SubmitBidDto, TenderDto,
} from './dto/tender.dto.js';
import { TendersService } from './tenders.service.js';

const ID = new ParseUUIDPipe();

@ApiTags('tenders')
@ApiBearerAuth()
@Controller('api/tenders')
export class TendersController {
  constructor(
    private readonly tenders: TendersService,
    private readonly bids: BidsService,
    private readonly clarification: ClarificationService,
  ) {}

  @Permissions(Permission.TenderRead)
  @Get()
  @ApiOkResponse({ type: TenderDto, isArray: true })
  list(): Promise<TenderDto[]> {
    return this.tenders.list();
  }

  @Permissions(Permission.TenderManage)
  @Post()
  @ApiCreatedResponse({ type: TenderDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateTenderDto): Promise<TenderDto> {
    return this.tenders.create(actor, body);
  }

  @Permissions(Permission.TenderRead)
  @Get(':id')
  @ApiOkResponse({ type: TenderDto })
  get(@Param('id', ID) id: string): Promise<TenderDto> {
    return this.tenders.get(id);
  }

  @Permissions(Permission.TenderManage)
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: TenderDto })
  publish(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Headers('if-match') ifMatch?: string): Promise<TenderDto> {
    return this.tenders.publish(actor, id, parseIfMatch(ifMatch));
  }

  @Permissions(Permission.TenderManage)
  @Post(':id/close-selection')
  @HttpCode(200)
  @ApiOkResponse({ type: TenderDto })
  closeSelection(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<TenderDto> {
    return this.tenders.act(actor, id, { type: 'CLOSE_SELECTION_REQUESTS' });
  }

  @Permissions(Permission.TenderManage)
  @Post(':id/publish-shortlist')
  @HttpCode(200)
  @ApiOkResponse({ type: TenderDto })
  publishShortlist(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<TenderDto> {
    return this.tenders.act(actor, id, { type: 'PUBLISH_SHORTLIST' });
  }

  @Permissions(Permission.TenderManage)
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: TenderDto })
  cancel(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: CancelTenderDto): Promise<TenderDto> {
    return this.tenders.act(actor, id, { type: 'CANCEL', reason: body.reason });
  }

  @Permissions(Permission.TenderBid)
  @Post(':id/lots/:lotId/selection-requests')
  @ApiCreatedResponse({ type: SelectionRequestDto })
  requestParticipation(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Param('lotId', ID) lotId: string, @Body() body: SelectionRequestInputDto): Promise<SelectionRequestDto> {
    return this.bids.requestParticipation(actor, id, lotId, body);
  }

  @Permissions(Permission.TenderBid)
  @Get(':id/my-selection-requests')
  @ApiOkResponse({ type: SelectionRequestDto, isArray: true })
  mySelectionRequests(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<SelectionRequestDto[]> {
    return this.bids.selectionRequests(id, { providerId: actor.organisationId });
  }

  @Permissions(Permission.TenderManage)
  @Get(':id/selection-requests')
  @ApiOkResponse({ type: SelectionRequestDto, isArray: true })
  selectionRequests(@Param('id', ID) id: string): Promise<SelectionRequestDto[]> {
    return this.bids.selectionRequests(id);
  }

  @Permissions(Permission.TenderManage)
  @Post(':id/selection-requests/:requestId/decision')
  @HttpCode(200)
  @ApiOkResponse({ type: SelectionRequestDto })
  decideSelection(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Param('requestId', ID) requestId: string, @Body() body: SelectionDecisionDto): Promise<SelectionRequestDto> {
    return this.bids.decideSelection(actor, id, requestId, body);
  }

  @Permissions(Permission.TenderBid)
  @Put(':id/lots/:lotId/bid')
  @ApiOkResponse({ type: BidReceiptDto })
  submitBid(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Param('lotId', ID) lotId: string, @Body() body: SubmitBidDto): Promise<BidReceiptDto> {
    return this.bids.submit(actor, id, lotId, body);
  }

  @Permissions(Permission.TenderBid)
  @Delete(':id/lots/:lotId/bid')
  @ApiOkResponse({ type: BidReceiptDto })
  withdrawBid(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Param('lotId', ID) lotId: string): Promise<BidReceiptDto> {
    return this.bids.withdraw(actor, id, lotId);
  }

  @Permissions(Permission.TenderBid)
  @Post(':id/lots/:lotId/bid/confirmation')
  @HttpCode(200)
  @ApiOkResponse({ type: BidReceiptDto })
  confirmBid(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Param('lotId', ID) lotId: string): Promise<BidReceiptDto> {
    return this.bids.confirm(actor, id, lotId);
  }

  @Permissions(Permission.TenderBid)
  @Post(':id/questions')
  @ApiCreatedResponse({ type: QuestionDto })
  ask(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: AskQuestionDto): Promise<QuestionDto> {
    return this.clarification.ask(actor, id, body.question);
  }

  @Permissions(Permission.TenderManage)
  @Get(':id/questions')
  @ApiOkResponse({ type: QuestionDto, isArray: true })
  questions(@Param('id', ID) id: string): Promise<QuestionDto[]> {
    return this.clarification.questions(id);
  }

  @Permissions(Permission.TenderManage)
  @Post(':id/questions/:questionId/answer')
  @HttpCode(200)
  @ApiOkResponse({ type: QuestionDto })
  answer(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Param('questionId', ID) questionId: string, @Body() body: AnswerQuestionDto): Promise<QuestionDto> {
    return this.clarification.answer(actor, id, questionId, body.answer);
  }

  @Permissions(Permission.TenderManage)
  @Post(':id/amendments')
  @ApiCreatedResponse({ type: AmendmentDto })
  amend(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: AmendmentInputDto): Promise<AmendmentDto> {
    return this.clarification.amend(actor, id, body);
  }

  @Permissions(Permission.TenderRead)
  @Get(':id/clarifications')
  @ApiOkResponse({ type: ClarificationsDto })
  clarifications(@Param('id', ID) id: string): Promise<ClarificationsDto> {
    return this.clarification.clarifications(id);
  }

  @Permissions(Permission.TenderBid)
  @Get(':id/receipts')
  @ApiOkResponse({ type: BidReceiptDto, isArray: true })
  receipts(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<BidReceiptDto[]> {
    return this.bids.receipts(actor, id);
  }

  @Permissions(Permission.TenderManage)
  @Post(':id/opening')
  @HttpCode(200)
  @ApiOkResponse({ type: OpeningDto })
  open(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<OpeningDto> {
    return this.bids.open(actor, id);
  }

  @Permissions(Permission.TenderBidsRead)
  @Get(':id/bids')
  @ApiOkResponse({ type: OpenedBidDto, isArray: true })
  openedBids(@Param('id', ID) id: string): Promise<OpenedBidDto[]> {
    return this.bids.openedBids(id);
  }
}
