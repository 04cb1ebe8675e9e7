/** The demo accounts the seed creates; one password for all. */
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';

export const DEMO_LOGINS = [
  { email: 'officer@uwv.demo', role: 'buyer.officer' },
  { email: 'evaluator@uwv.demo', role: 'buyer.evaluator' },
  { email: 'coach@uwv.demo', role: 'buyer.coach' },
  { email: 'admin@uwv.demo', role: 'admin' },
  { email: 'inspecteur@inspectie.demo', role: 'inspector' },
  { email: 'beheer@aanbieder.demo', role: 'provider.admin' },
  { email: 'medewerker@aanbieder.demo', role: 'provider.user' },
];
