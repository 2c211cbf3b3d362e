import type { StarterTexts } from '../starter-library.ts';

export const TR_TEMPLATES: StarterTexts = {
  acknowledgement: {
    title: 'Kayıt numarasıyla ilk yanıt',
    body: `Sayın {{guest_name}}, mesajınız için teşekkür ederiz. Talebiniz {{record_number}} kayıt numarasıyla alındı; {{hotel_name}} adına {{agent_name}} ilgileniyor. En kısa sürede size dönüş yapacağız; bize tekrar yazarken lütfen {{record_number}} numarasını belirtin.`,
  },
  public_reply: {
    title: 'Kısa herkese açık yanıt, özel mesaja davet',
    body: `Sayın {{guest_name}}, yorumunuz için teşekkür ederiz, yaşadıklarınız için üzgünüz. Konuyla bizzat ilgilenebilmek için size özel mesaj gönderdik (kayıt {{record_number}}). {{hotel_name}}`,
  },
  complaint_recovery: {
    title: 'Şikayet: özür, neden, çözüm ve telafi',
    body: `Sayın {{guest_name}},

{{issue_summary}} için içtenlikle özür dileriz. Bu, sizin için istediğimiz konaklama değil; sorumluluğu üstleniyoruz.

Ne oldu: {{cause}}
Ne yapıyoruz: {{fix_summary}}, en geç {{fix_time}}.
Özrümüzün bir ifadesi olarak size {{compensation}} sunmak isteriz.

Sorun çözüldüğünde {{agent_name}} sizinle bizzat görüşecek. Yapabileceğimiz başka bir şey varsa lütfen bize yazın. (Kayıt {{record_number}})

Saygılarımızla,
{{agent_name}}, {{hotel_name}}`,
  },
  interim_update: {
    title: 'Uzayan taleplerde ara bilgi',
    body: `Sayın {{guest_name}}, {{record_number}} numaralı talebinizle ilgili kısa bir bilgi: {{progress_summary}}. İstediğimizden uzun sürüyor ama sizi unutmadık. En geç {{next_update_time}} tekrar bilgi vereceğiz. {{agent_name}}, {{hotel_name}}`,
  },
  cancellation_change: {
    title: 'İptal veya değişiklik: koşullar ve alternatif',
    body: `Sayın {{guest_name}},

{{check_in}} – {{check_out}} tarihli rezervasyonunuz (kayıt {{record_number}}) hakkında bilgi verdiğiniz için teşekkür ederiz. Rezervasyon koşullarınıza göre {{cancellation_terms}}.

Karar vermeden önce size bir alternatif sunmak isteriz: {{alternative_offer}}. Sizin için ayarlayalım mı?

Saygılarımızla,
{{agent_name}}, {{hotel_name}}`,
  },
  refund: {
    title: 'Üç adımda iade',
    body: `Sayın {{guest_name}},

{{refund_amount}} tutarındaki iadeniz (kayıt {{record_number}}) başlatıldı. Süreç şöyle işleyecek:
1. Bugün iade talimatını muhasebe ekibimize iletiyoruz.
2. Muhasebe, tutarı {{refund_days}} iş günü içinde ödemeyi yaptığınız karta veya hesaba iade ediyor.
3. Tutarın ekstrenizde görünmesi bankanıza bağlı olarak birkaç gün daha sürebilir.

Bu sürenin sonunda tutar hesabınıza geçmemişse lütfen {{record_number}} numarasını belirterek {{follow_up_contact}} ile iletişime geçin.

Saygılarımızla,
{{agent_name}}, {{hotel_name}}`,
  },
  closing: {
    title: '1-5 memnuniyet sorusuyla kapanış',
    body: `Sayın {{guest_name}},

{{solution_summary}}; konunun çözülmesine sevindik. Sabrınız ve bize bildirdiğiniz için teşekkür ederiz.

{{record_number}} numaralı kaydı kapatıyoruz; başka bir konu olursa bu mesaja yanıt vermeniz yeterli.

Kısa bir soru: Konuyu ele alış biçimimizden ne kadar memnun kaldınız? 1 (hiç memnun değilim) ile 5 (çok memnunum) arasında bir rakamla yanıtlamanız yeterli.

{{agent_name}}, {{hotel_name}}`,
  },
  post_stay_thanks: {
    title: 'Çıkış sonrası teşekkür ve 1-5 puan',
    body: `Sayın {{guest_name}},

{{check_in}} – {{check_out}} tarihlerinde bizi tercih ettiğiniz için {{hotel_name}} ailesi olarak teşekkür ederiz. Keyifli bir tatil geçirdiğinizi ve evinize sağ salim döndüğünüzü umuyoruz.

Konaklamanızı 1 (kötü) ile 5 (mükemmel) arasında nasıl puanlarsınız? Bir rakamla yanıtlamanız yeterli; her yanıtı ekibimiz okuyor.

Sizi yeniden ağırlamayı umuyoruz.
{{agent_name}}`,
  },
};
