import type { StarterTexts } from '../starter-library.ts';

// Modern Standard Arabic, as Gulf and Levantine guests write to a hotel; the variables keep their
// Latin names so the same values fill every language.
export const AR_TEMPLATES: StarterTexts = {
  acknowledgement: {
    title: 'الرد الأول مع رقم الطلب',
    body: `عزيزنا {{guest_name}}، شكراً لرسالتك. سجّلناها برقم الطلب {{record_number}}، ويتابعها {{agent_name}} في {{hotel_name}}. سنعود إليك قريباً؛ يُرجى ذكر الرقم {{record_number}} إذا راسلتنا مرة أخرى.`,
  },
  public_reply: {
    title: 'رد علني قصير مع الانتقال إلى رسالة خاصة',
    body: `عزيزنا {{guest_name}}، شكراً لتعليقك، ويؤسفنا ما قرأناه. أرسلنا إليك رسالة خاصة لنتابع الأمر شخصياً (المرجع {{record_number}}). {{hotel_name}}`,
  },
  complaint_recovery: {
    title: 'شكوى: اعتذار وسبب وحل وتعويض',
    body: `عزيزنا {{guest_name}}،

نعتذر بصدق عن {{issue_summary}}. ليست هذه الإقامة التي نريدها لك، ونتحمل المسؤولية كاملة.

ما الذي حدث: {{cause}}
ما الذي نفعله: {{fix_summary}}، في موعد أقصاه {{fix_time}}.
واعتذاراً منا، يسعدنا أن نقدم لك {{compensation}}.

سيتواصل معك {{agent_name}} شخصياً حين ننتهي. أخبرنا إن كان هناك ما يمكننا فعله أيضاً. (الطلب {{record_number}})

مع أطيب التحيات،
{{agent_name}}، {{hotel_name}}`,
  },
  interim_update: {
    title: 'تحديث مؤقت حين يستغرق الأمر وقتاً أطول',
    body: `عزيزنا {{guest_name}}، تحديث سريع عن طلبك {{record_number}}: {{progress_summary}}. يستغرق الأمر وقتاً أطول مما أردنا، ولم ننسك. سنوافيك بتحديث جديد في موعد أقصاه {{next_update_time}}. {{agent_name}}، {{hotel_name}}`,
  },
  cancellation_change: {
    title: 'إلغاء أو تعديل: الشروط وبديل مقترح',
    body: `عزيزنا {{guest_name}}،

شكراً لإبلاغنا بشأن حجزك من {{check_in}} إلى {{check_out}} (الطلب {{record_number}}). وفق شروط سعرك، {{cancellation_terms}}.

قبل أن تقرر، يسعدنا أن نقترح عليك بديلاً: {{alternative_offer}}. هل نرتب ذلك لك؟

مع أطيب التحيات،
{{agent_name}}، {{hotel_name}}`,
  },
  refund: {
    title: 'استرداد المبلغ في ثلاث خطوات',
    body: `عزيزنا {{guest_name}}،

استرداد مبلغ {{refund_amount}} (الطلب {{record_number}}) في طريقه إليك، وهكذا يتم:
1. اليوم نرسل تعليمات الاسترداد إلى قسم المحاسبة.
2. يعيد قسم المحاسبة المبلغ إلى وسيلة الدفع الأصلية خلال {{refund_days}} أيام عمل.
3. ثم يظهر المبلغ في كشف حسابك؛ وقد يستغرق ذلك بضعة أيام أخرى بحسب البنك.

إن لم يصلك المبلغ حينها، يُرجى التواصل مع {{follow_up_contact}} وذكر الرقم {{record_number}}.

مع أطيب التحيات،
{{agent_name}}، {{hotel_name}}`,
  },
  closing: {
    title: 'الإغلاق مع سؤال عن الرضا من 1 إلى 5',
    body: `عزيزنا {{guest_name}}،

{{solution_summary}}، ويسعدنا أن الأمر قد حُلّ. شكراً لصبرك ولإخبارنا.

نغلق الآن الطلب {{record_number}}؛ وإن طرأ أي أمر آخر، فما عليك إلا الرد على هذه الرسالة.

سؤال سريع: ما مدى رضاك عن طريقة تعاملنا مع الأمر، من 1 (غير راضٍ إطلاقاً) إلى 5 (راضٍ جداً)؟ يكفي أن ترد برقم.

{{agent_name}}، {{hotel_name}}`,
  },
  post_stay_thanks: {
    title: 'شكر بعد المغادرة مع تقييم من 1 إلى 5',
    body: `عزيزنا {{guest_name}}،

شكراً لإقامتك معنا في {{hotel_name}} من {{check_in}} إلى {{check_out}}. نرجو أنك قضيت وقتاً رائعاً وعدت إلى بيتك بسلامة.

كيف تقيّم إقامتك، من 1 (سيئة) إلى 5 (ممتازة)؟ يكفي أن ترد برقم؛ فريقنا يقرأ كل إجابة.

نتطلع إلى استقبالك مجدداً قريباً.
{{agent_name}}`,
  },
};
