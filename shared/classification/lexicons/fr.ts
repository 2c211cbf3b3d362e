// French: enough to route a French guest's message and never miss its safety or reputation case.
import type { LanguageLexicon } from '../lexicon.ts';

// prettier-ignore
export const FR_LEXICON: LanguageLexicon = {
  language: 'fr',
  markers: [
    'le', 'la', 'les', 'est', 'et', 'des', 'du', 'un', 'une', 'nous', 'vous', 'je', 'il', 'pas', 'ne',
    'pour', 'avec', 'dans', 'sur', 'notre', 'votre', 'mais', 'tres', 'bonjour', 'merci', 'chambre',
    'avons', 'sommes', 'est ce que', 'personne', 'toujours', 'encore', 'ce', 'cette', 'au', 'aux', 'qui',
    'quel', 'quelle', 'ou', 'svp', 'madame', 'monsieur',
  ],
  topics: {
    question: { 1.5: ['a quelle heure', 'combien', 'est ce que', 'y a t il', 'inclus', 'ou se trouve', 'avez vous'] },
    complaint: {
      3: ['ne fonctionne pas', 'ne marche pas', 'en panne', 'casse', 'cassee', 'sale', 'plainte', 'inacceptable', 'horrible', 'bruit*', 'cafard*', 'personne n est venu', 'pas d eau chaude', 'decu*', 'fuite'],
      2: ['probleme*', 'odeur', 'toujours pas', 'pas d eau', 'pas d electricite'],
    },
    change: { 3: ['changer les dates', 'modifier', 'modification', 'une nuit de plus', 'prolonger'] },
    cancellation: { 3: ['annuler', 'annulation'] },
    refund: { 3: ['rembours*', 'debite deux fois', 'double debit', 'preleve deux fois'] },
    special_request: { 3: ['lit bebe', 'lit supplementaire', 'arrivee tardive', 'arriverons tard', 'depart tardif', 'transfert', 'anniversaire', 'sans gluten'] },
    invoice: { 3: ['facture*', 'recu'] },
    lost_item: { 3: ['oublie', 'oubli', 'laisse mon', 'laisse ma', 'perdu', 'objets trouves'] },
    feedback: { 3: ['merci pour', 'sejour merveilleux', 'nous reviendrons'], 2: ['merveilleu*', 'excellent*', 'formidable', 'parfait'] },
  },
  stages: {
    pre_stay: { 2: ['nous arriverons', 'avant notre arrivee', 'notre reservation'] },
    in_stay: { 2: ['maintenant', 'ce soir', 'notre chambre', 'dans la chambre'] },
    post_stay: { 4: ['nous avons sejourne', 'apres notre depart', 'de retour a la maison'] },
  },
  urgency: { 3: ['urgent', 'urgence', 'immediatement', 'aidez', 'au secours', 'tout de suite'] },
  escalation: {
    reputation_risk: { 3: ['mauvais avis', 'avis', 'reseaux sociaux', 'je vais publier', 'publier'] },
    safety: { 3: ['medecin', 'docteur', 'hopital', 'ambulance', 'bless*', 'sang', 'intoxication', 'vomi*', 'allergi*', 'feu', 'fumee', 'gaz', 'incendie', 'vol', 'vole', 'volee', 'glisse', 'tombe', 'tombee', 'malade', 'fievre', 'serrure cassee', 'ne ferme pas', 'prise electrique', 'electrocut*'] },
    high_cost: { 3: ['remboursement integral', 'tout le sejour', 'dedommagement', 'indemnisation', 'compensation', 'avocat', 'plainte en justice'] },
  },
};
