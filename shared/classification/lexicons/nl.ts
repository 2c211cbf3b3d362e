// Dutch: enough to route a Dutch guest's message and never miss its safety or reputation case.
import type { LanguageLexicon } from '../lexicon.ts';

// prettier-ignore
export const NL_LEXICON: LanguageLexicon = {
  language: 'nl',
  markers: [
    'de', 'het', 'een', 'en', 'is', 'niet', 'wij', 'we', 'jullie', 'u', 'ik', 'onze', 'ons', 'van', 'op',
    'met', 'voor', 'maar', 'nog', 'geen', 'kamer', 'bedankt', 'dank', 'hallo', 'goedemorgen', 'graag',
    'kunnen', 'kunt', 'hebben', 'zijn', 'er', 'ook', 'wat', 'hoe', 'wanneer', 'waar', 'niemand', 'al',
  ],
  topics: {
    question: { 1.5: ['hoe laat', 'hoeveel kost', 'hoeveel', 'is er', 'zijn er', 'inbegrepen', 'waar is', 'hebben jullie'] },
    complaint: {
      3: ['werkt niet', 'kapot', 'stuk', 'vies', 'vuil', 'klacht*', 'onacceptabel', 'verschrikkelijk', 'lawaai', 'kakkerlak*', 'niemand gekomen', 'geen warm water', 'teleurgesteld', 'lekt', 'lekkage'],
      2: ['probleem', 'problemen', 'stinkt', 'nog steeds'],
    },
    change: { 3: ['datum wijzigen', 'data wijzigen', 'wijzigen', 'nacht extra', 'verlengen'] },
    cancellation: { 3: ['annuleren', 'annulering'] },
    refund: { 3: ['terugbetal*', 'geld terug', 'restitutie', 'dubbel afgeschreven', 'twee keer afgeschreven'] },
    special_request: { 3: ['babybedje', 'extra bed', 'laat aankomen', 'late check out', 'transfer', 'verjaardag', 'glutenvrij'] },
    invoice: { 3: ['factuur', 'bonnetje', 'kwitantie'] },
    lost_item: { 3: ['vergeten', 'laten liggen', 'verloren', 'kwijt', 'gevonden voorwerpen'] },
    feedback: { 3: ['bedankt voor', 'dank voor', 'heerlijk verblijf', 'we komen terug'], 2: ['geweldig', 'prachtig', 'uitstekend', 'fantastisch'] },
  },
  stages: {
    pre_stay: { 2: ['we komen aan', 'voor aankomst', 'onze reservering', 'onze boeking'] },
    in_stay: { 2: ['nu', 'vanavond', 'onze kamer', 'op de kamer'] },
    post_stay: { 4: ['we verbleven', 'na vertrek', 'weer thuis'] },
  },
  urgency: { 3: ['dringend', 'spoed', 'meteen', 'direct', 'help', 'noodgeval'] },
  escalation: {
    reputation_risk: { 3: ['recensie', 'slechte review', 'beoordeling', 'sociale media', 'ik ga posten', 'ik ga schrijven'] },
    safety: { 3: ['dokter', 'arts', 'ziekenhuis', 'ambulance', 'gewond', 'bloed', 'voedselvergiftiging', 'overgeven', 'allergi*', 'brand', 'rook', 'gaslucht', 'gas', 'gestolen', 'diefstal', 'uitgegleden', 'gevallen', 'ziek', 'koorts', 'slot kapot', 'gaat niet op slot', 'stopcontact', 'stroomschok'] },
    high_cost: { 3: ['volledige terugbetaling', 'hele verblijf', 'schadevergoeding', 'compensatie', 'advocaat'] },
  },
};
