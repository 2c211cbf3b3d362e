import type { StarterTexts } from '../starter-library.ts';

export const EN_TEMPLATES: StarterTexts = {
  acknowledgement: {
    title: 'First reply with the record number',
    body: `Dear {{guest_name}}, thank you for your message. We have logged it under record number {{record_number}}, and {{agent_name}} at {{hotel_name}} is looking after it. We will get back to you shortly; please quote {{record_number}} if you write to us again.`,
  },
  public_reply: {
    title: 'Short public reply, moving to a private message',
    body: `Dear {{guest_name}}, thank you for your comment, and we are sorry to read this. We have sent you a private message so we can look into it personally (ref. {{record_number}}). {{hotel_name}}`,
  },
  complaint_recovery: {
    title: 'Complaint: apology, cause, fix and compensation',
    body: `Dear {{guest_name}},

We sincerely apologise for {{issue_summary}}. This is not the stay we want for you, and we take full responsibility.

What happened: {{cause}}
What we are doing: {{fix_summary}}, by {{fix_time}} at the latest.
As an apology, we would like to offer you {{compensation}}.

{{agent_name}} will check with you personally once it is done. Please tell us if there is anything else we can do. (Record {{record_number}})

Kind regards,
{{agent_name}}, {{hotel_name}}`,
  },
  interim_update: {
    title: 'Interim update while it takes longer',
    body: `Dear {{guest_name}}, a quick update on your request {{record_number}}: {{progress_summary}}. It is taking longer than we wanted, and we have not forgotten you. We will update you again by {{next_update_time}} at the latest. {{agent_name}}, {{hotel_name}}`,
  },
  cancellation_change: {
    title: 'Cancellation or change: terms and an alternative',
    body: `Dear {{guest_name}},

Thank you for letting us know about your booking for {{check_in}} to {{check_out}} (record {{record_number}}). Under your rate's terms, {{cancellation_terms}}.

Before you decide, we would be glad to offer you an alternative: {{alternative_offer}}. Shall we arrange this for you?

Kind regards,
{{agent_name}}, {{hotel_name}}`,
  },
  refund: {
    title: 'Refund in three steps',
    body: `Dear {{guest_name}},

Your refund of {{refund_amount}} (record {{record_number}}) is on its way. This is how it goes:
1. Today we pass the refund instruction to our accounting team.
2. Accounting returns the amount to your original payment method within {{refund_days}} business days.
3. Your bank then shows it on your statement; depending on the bank this can take a few more days.

If you have not received it by then, please contact {{follow_up_contact}} and quote {{record_number}}.

Kind regards,
{{agent_name}}, {{hotel_name}}`,
  },
  closing: {
    title: 'Closing with a 1-5 satisfaction question',
    body: `Dear {{guest_name}},

{{solution_summary}}, and we are glad it is settled. Thank you for your patience and for telling us.

We are closing record {{record_number}}; if anything else comes up, simply reply to this message.

One quick question: how satisfied are you with how we handled this, from 1 (not at all) to 5 (very)? Just reply with a number.

{{agent_name}}, {{hotel_name}}`,
  },
  post_stay_thanks: {
    title: 'Thank-you after check-out with a 1-5 rating',
    body: `Dear {{guest_name}},

Thank you for staying with us at {{hotel_name}} from {{check_in}} to {{check_out}}. We hope you had a wonderful time and a good journey home.

How would you rate your stay, from 1 (poor) to 5 (excellent)? Just reply with a number; our team reads every answer.

We hope to welcome you again soon.
{{agent_name}}`,
  },
};
