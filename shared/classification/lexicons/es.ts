// Spanish: enough to route a Spanish guest's message and never miss its safety or reputation case.
import type { LanguageLexicon } from '../lexicon.ts';

// prettier-ignore
export const ES_LEXICON: LanguageLexicon = {
  language: 'es',
  markers: [
    'el', 'la', 'los', 'las', 'es', 'esta', 'hay', 'que', 'de', 'del', 'en', 'con', 'por', 'para', 'una',
    'muy', 'pero', 'nuestra', 'nuestro', 'nosotros', 'habitacion', 'gracias', 'hola', 'buenos', 'dias',
    'puede', 'pueden', 'podemos', 'quiero', 'queremos', 'tenemos', 'estamos', 'nadie', 'todavia', 'y',
    'se', 'lo', 'al', 'mi', 'quiero', 'reserva', 'hijo', 'hija', 'esta', 'usted', 'ustedes', 'como', 'cuando', 'donde', 'si', 'no', 'ya',
  ],
  topics: {
    question: { 1.5: ['a que hora', 'cuanto cuesta', 'cuanto', 'hay', 'incluido', 'donde esta', 'se puede', 'tienen'] },
    complaint: {
      3: ['no funciona', 'roto', 'rota', 'sucio', 'sucia', 'queja*', 'reclamaci*', 'inaceptable', 'horrible', 'terrible', 'ruido*', 'cucaracha*', 'nadie vino', 'no hay agua caliente', 'decepcion*', 'fuga', 'gotea'],
      2: ['problema*', 'mal olor', 'huele', 'todavia no', 'sin agua', 'sin luz'],
    },
    change: { 3: ['cambiar la fecha*', 'cambiar las fechas', 'cambiar mi reserva', 'modificar', 'una noche mas', 'ampliar'] },
    cancellation: { 3: ['cancelar', 'cancelacion', 'anular'] },
    refund: { 3: ['reembolso', 'devolucion', 'devolver el dinero', 'me cobraron dos veces', 'cobro doble', 'cobrado dos veces'] },
    special_request: { 3: ['cuna', 'cama supletoria', 'llegada tarde', 'check in temprano', 'salida tardia', 'traslado', 'cumpleanos', 'aniversario', 'sin gluten'] },
    invoice: { 3: ['factura*', 'recibo'] },
    lost_item: { 3: ['olvide', 'olvidamos', 'deje mi', 'dejamos', 'perdi', 'objetos perdidos'] },
    feedback: { 3: ['gracias por', 'estancia maravillosa', 'volveremos'], 2: ['maravillos*', 'excelente', 'fantastic*', 'encantado*'] },
  },
  stages: {
    pre_stay: { 2: ['llegaremos', 'llegamos el', 'antes de llegar', 'nuestra reserva'] },
    in_stay: { 2: ['ahora', 'esta noche', 'nuestra habitacion', 'en la habitacion'] },
    post_stay: { 4: ['nos alojamos', 'estuvimos', 'despues de salir', 'ya en casa'] },
  },
  urgency: { 3: ['urgente', 'inmediatamente', 'ayuda', 'ahora mismo', 'emergencia'] },
  escalation: {
    reputation_risk: { 3: ['mala resena', 'resena*', 'opinion en', 'redes sociales', 'publicare', 'voy a escribir', 'denunciar*'] },
    safety: { 3: ['medico', 'hospital', 'ambulancia', 'herid*', 'sangr*', 'intoxicaci*', 'vomit*', 'alergi*', 'fuego', 'humo', 'olor a gas', 'incendio', 'robo', 'robaron', 'robado', 'resbal*', 'me cai', 'se cayo', 'enferm*', 'fiebre', 'cerradura rota', 'no cierra', 'descarga electrica', 'enchufe'] },
    high_cost: { 3: ['reembolso completo', 'toda la estancia', 'indemnizaci*', 'compensaci*', 'abogado', 'demanda'] },
  },
};
