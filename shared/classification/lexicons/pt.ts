// Portuguese (European and Brazilian): enough to route the message and never miss its safety case.
import type { LanguageLexicon } from '../lexicon.ts';

// prettier-ignore
export const PT_LEXICON: LanguageLexicon = {
  language: 'pt',
  markers: [
    'o', 'os', 'as', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'um', 'uma', 'nao', 'com', 'para', 'por',
    'que', 'nosso', 'nossa', 'nos', 'voces', 'voce', 'quarto', 'obrigado', 'obrigada', 'ola', 'bom', 'dia',
    'muito', 'quero', 'minha', 'meu', 'fui', 'vou', 'mas', 'ainda', 'ninguem', 'estamos', 'temos', 'queremos', 'podem', 'esta', 'tem', 'e',
  ],
  topics: {
    question: { 1.5: ['a que horas', 'quanto custa', 'quanto', 'tem', 'incluido', 'onde fica', 'voces tem'] },
    complaint: {
      3: ['nao funciona', 'quebrado', 'quebrada', 'avariad*', 'sujo', 'suja', 'reclamac*', 'queixa', 'inaceitavel', 'horrivel', 'terrivel', 'barulho', 'barata*', 'ninguem veio', 'agua quente', 'decepcion*', 'vazamento', 'fuga de agua'],
      2: ['problema*', 'cheiro', 'ainda nao'],
    },
    change: { 3: ['alterar as datas', 'mudar as datas', 'alterar a reserva', 'mais uma noite', 'prolongar'] },
    cancellation: { 3: ['cancelar', 'cancelamento'] },
    refund: { 3: ['reembolso', 'devolucao', 'estorno', 'cobrado duas vezes', 'cobranca duplicada', 'cobraram duas vezes'] },
    special_request: { 3: ['berco', 'cama extra', 'chegada tardia', 'chegaremos tarde', 'late check out', 'transfer', 'aniversario', 'sem gluten'] },
    invoice: { 3: ['fatura*', 'nota fiscal', 'recibo'] },
    lost_item: { 3: ['esqueci', 'esquecemos', 'deixei', 'deixamos', 'perdi', 'achados e perdidos'] },
    feedback: { 3: ['obrigado por', 'obrigada por', 'estadia maravilhosa', 'voltaremos'], 2: ['maravilhos*', 'excelente', 'fantastic*', 'perfeit*'] },
  },
  stages: {
    pre_stay: { 2: ['vamos chegar', 'chegaremos', 'antes da chegada', 'nossa reserva'] },
    in_stay: { 2: ['agora', 'esta noite', 'nosso quarto', 'no quarto'] },
    post_stay: { 4: ['ficamos hospedados', 'nos hospedamos', 'depois do check out', 'ja em casa'] },
  },
  urgency: { 3: ['urgente', 'imediatamente', 'socorro', 'ajuda', 'emergencia'] },
  escalation: {
    reputation_risk: { 3: ['avaliac*', 'ma avaliacao', 'redes sociais', 'vou publicar', 'vou escrever', 'reclame aqui'] },
    safety: { 3: ['medico', 'hospital', 'ambulancia', 'ferid*', 'sangue', 'intoxicac*', 'vomit*', 'alergi*', 'fogo', 'fumaca', 'fumo', 'cheiro de gas', 'incendio', 'roubo', 'roubad*', 'furto', 'escorreg*', 'cai', 'caiu', 'doente', 'febre', 'fechadura quebrada', 'nao fecha', 'tomada', 'choque eletrico'] },
    high_cost: { 3: ['reembolso total', 'toda a estadia', 'indenizac*', 'indemnizac*', 'compensac*', 'advogado', 'processo'] },
  },
};
