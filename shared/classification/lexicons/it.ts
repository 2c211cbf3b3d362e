// Italian: enough to route an Italian guest's message and never miss its safety or reputation case.
import type { LanguageLexicon } from '../lexicon.ts';

// prettier-ignore
export const IT_LEXICON: LanguageLexicon = {
  language: 'it',
  markers: [
    'il', 'lo', 'gli', 'la', 'le', 'e', 'di', 'che', 'non', 'per', 'con', 'una', 'sono', 'siamo', 'nostra',
    'nostro', 'camera', 'grazie', 'buongiorno', 'buonasera', 'ciao', 'molto', 'ma', 'ancora', 'nessuno',
    'abbiamo', 'mio', 'mia', 'sta', 'ha', 'avete', 'vorrei', 'chiedo', 'volte', 'figlio', 'figlia', 'vorremmo', 'potete', 'possiamo', 'della', 'nella', 'alle', 'dove', 'quando', 'quanto',
  ],
  topics: {
    question: { 1.5: ['a che ora', 'quanto costa', 'quanto', 'ce', 'incluso', 'inclusa', 'dove si trova', 'avete'] },
    complaint: {
      3: ['non funziona', 'rotto', 'rotta', 'sporco', 'sporca', 'reclamo', 'lamentela', 'inaccettabile', 'orribile', 'terribile', 'rumore', 'scarafagg*', 'nessuno e venuto', 'acqua calda', 'delus*', 'perdita'],
      2: ['problema*', 'puzza', 'ancora non'],
    },
    change: { 3: ['cambiare le date', 'modificare', 'una notte in piu', 'prolungare'] },
    cancellation: { 3: ['cancellare', 'annullare', 'cancellazione', 'disdetta'] },
    refund: { 3: ['rimbors*', 'addebitato due volte', 'doppio addebito'] },
    special_request: { 3: ['culla', 'letto aggiuntivo', 'arrivo tardi', 'arriveremo tardi', 'late check out', 'transfer', 'compleanno', 'anniversario', 'senza glutine'] },
    invoice: { 3: ['fattura*', 'ricevuta'] },
    lost_item: { 3: ['dimenticato', 'dimenticata', 'lasciato', 'perso', 'persa', 'oggetti smarriti'] },
    feedback: { 3: ['grazie per', 'soggiorno meraviglioso', 'torneremo'], 2: ['meraviglios*', 'eccellente', 'fantastic*', 'perfett*'] },
  },
  stages: {
    pre_stay: { 2: ['arriveremo', 'prima del nostro arrivo', 'la nostra prenotazione'] },
    in_stay: { 2: ['adesso', 'stasera', 'nella nostra camera', 'in camera'] },
    post_stay: { 4: ['abbiamo soggiornato', 'dopo la partenza', 'tornati a casa'] },
  },
  urgency: { 3: ['urgente', 'subito', 'aiuto', 'emergenza', 'immediatamente'] },
  escalation: {
    reputation_risk: { 3: ['recensione*', 'pessima recensione', 'social', 'pubblichero', 'scrivero'] },
    safety: { 3: ['medico', 'dottore', 'ospedale', 'ambulanza', 'ferit*', 'sangue', 'intossicazione', 'vomit*', 'allergi*', 'fuoco', 'fumo', 'gas', 'incendio', 'furto', 'rubato', 'rubata', 'rubati', 'scivolat*', 'caduto', 'caduta', 'malato', 'malata', 'febbre', 'serratura rotta', 'non si chiude', 'presa elettrica', 'scossa'] },
    high_cost: { 3: ['rimborso totale', 'tutto il soggiorno', 'risarcimento', 'indennizzo', 'avvocato'] },
  },
};
