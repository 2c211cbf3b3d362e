// The reports over time (issue 9) on the hand-worked hotel of support/report-hotel.ts: every
// figure below is worked out from its story, not read back from the code.
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest, staff } from './support/messages.ts';
import { reports } from './support/report-client.ts';
import { seedReportHotel, type ReportHotel } from './support/report-hotel.ts';

const TWO_WEEKS = { from: '2026-06-29', to: '2026-07-12' };
const W1 = '2026-06-29';
const W2 = '2026-07-06';

describeOnEachDatabase('reports over time', (server) => {
  let seeded: Promise<ReportHotel> | undefined;
  const hotel = () => (seeded ??= seedReportHotel(server));

  it('gives the weekly series: top topics, channels, resolution per topic and rates', async () => {
    const { coordinator } = await hotel();
    // Asked from a Wednesday to a Friday: the weeks touching them, whole.
    const weekly = await reports(server, coordinator).weekly({ from: '2026-07-01', to: '2026-07-10' });

    expect(weekly).toMatchObject({
      timeZone: 'Europe/Istanbul',
      from: W1,
      to: '2026-07-12',
      weeks: [W1, W2],
    });
    expect(weekly.topTopics).toEqual([
      { week: W1, rank: 1, topic: 'complaint', tickets: 2 },
      { week: W1, rank: 2, topic: 'question', tickets: 2 },
      { week: W1, rank: 3, topic: 'invoice', tickets: 1 },
      { week: W2, rank: 1, topic: 'complaint', tickets: 2 },
      { week: W2, rank: 2, topic: 'change', tickets: 1 },
      { week: W2, rank: 3, topic: 'special_request', tickets: 1 },
    ]);
    const channel = (
      week: string,
      name: string,
      [tickets, answered]: [number, number],
      [median, p90]: [number, number],
      [met, missed]: [number, number],
    ) => ({
      week,
      channel: name,
      tickets,
      answered,
      firstResponseMedianMinutes: median,
      firstResponseP90Minutes: p90,
      slaMet: met,
      slaMissed: missed,
      slaMetRate: met / (met + missed),
    });
    expect(weekly.channels).toEqual([
      channel(W1, 'email', [1, 1], [60, 60], [1, 0]),
      // A 4, B 30, E 2 min; D never answered. p90 of 2, 4, 30: 4 + 0.8 × 26.
      channel(W1, 'whatsapp', [4, 3], [4, 24.8], [2, 2]),
      channel(W2, 'email', [1, 1], [30, 30], [1, 0]),
      channel(W2, 'google', [1, 1], [30, 30], [1, 0]),
      channel(W2, 'whatsapp', [2, 2], [3.5, 3.9], [2, 0]),
    ]);
    const resolution = (
      week: string,
      topic: string,
      tickets: number,
      resolved: number,
      minutes: (number | null)[],
    ) => ({
      week,
      topic,
      tickets,
      resolved,
      resolutionMedianMinutes: minutes[0],
      resolutionP90Minutes: minutes[1],
    });
    expect(weekly.resolution).toEqual([
      resolution(W1, 'complaint', 2, 1, [120, 120]),
      resolution(W1, 'invoice', 1, 1, [60, 60]),
      resolution(W1, 'question', 2, 1, [10, 10]),
      resolution(W2, 'change', 1, 0, [null, null]),
      // F 60 and P 240 minutes.
      resolution(W2, 'complaint', 2, 2, [150, 222]),
      resolution(W2, 'special_request', 1, 0, [null, null]),
    ]);
    expect(weekly.rates).toEqual([
      {
        week: W1,
        tickets: 5,
        everResolved: 3,
        reopened: 0,
        reopenRate: 0,
        escalated: 1,
        escalationRate: 0.2,
        csatResponses: 3,
        csatAverage: 3.67,
      },
      {
        week: W2,
        tickets: 4,
        everResolved: 3,
        reopened: 1,
        reopenRate: 0.333,
        escalated: 1,
        escalationRate: 0.25,
        csatResponses: 2,
        csatAverage: 2,
      },
    ]);
  });

  it('gives first response, SLA, closes, CSAT and QA per agent and per team', async () => {
    const { coordinator, ayse, burak } = await hotel();
    const { agents, teams } = await reports(server, coordinator).agents(TWO_WEEKS);

    // Cem and Deniz answered, closed and owned nothing: not listed.
    expect(agents).toEqual([
      {
        agentId: ayse.agentId,
        agentName: 'Ayşe',
        // A 4, C 60, E 2, G 4, H 30, P 30 minutes.
        firstResponses: 6,
        firstResponseMedianMinutes: 17,
        firstResponseP90Minutes: 45,
        slaMet: 6,
        slaMissed: 0,
        slaMetRate: 1,
        closed: 3,
        csatResponses: 3,
        csatAverage: 3.33,
        qaScored: 0,
        qaAveragePoints: null,
      },
      {
        agentId: burak.agentId,
        agentName: 'Burak',
        firstResponses: 2,
        firstResponseMedianMinutes: 16.5,
        firstResponseP90Minutes: 27.3,
        slaMet: 1,
        slaMissed: 1,
        slaMetRate: 0.5,
        closed: 2,
        csatResponses: 2,
        csatAverage: 2.5,
        qaScored: 0,
        qaAveragePoints: null,
      },
    ]);
    // Reservations holds A, D, G and H: D unanswered is its one miss.
    expect(teams.find((team) => team.team === 'reservations')).toEqual({
      team: 'reservations',
      teamName: 'Reservations',
      tickets: 4,
      firstResponses: 3,
      firstResponseMedianMinutes: 4,
      firstResponseP90Minutes: 24.8,
      slaMet: 3,
      slaMissed: 1,
      slaMetRate: 0.75,
      closed: 1,
      csatResponses: 1,
      csatAverage: 5,
      qaScored: 0,
      qaAveragePoints: null,
    });
    expect(teams.map((team) => [team.team, team.tickets, team.closed])).toEqual([
      ['reservations', 4, 1],
      ['housekeeping', 1, 1],
      ['technical_service', 1, 1],
      ['accounting', 1, 1],
      ['guest_relations', 2, 1],
    ]);
  });

  it('gives CSAT after closing by score and topic, and complaints’ recovery apart', async () => {
    const { coordinator } = await hotel();
    const csat = await reports(server, coordinator).csat(TWO_WEEKS);

    expect(csat.overall).toEqual([{ responses: 5, average: 3, satisfied: 2, satisfiedRate: 0.4 }]);
    expect(csat.scores.map((row) => row.responses)).toEqual([1, 1, 1, 1, 1]);
    expect(csat.topics).toEqual([
      { topic: 'complaint', responses: 3, average: 2.67, satisfiedRate: 0.333 },
      { topic: 'invoice', responses: 1, average: 2, satisfiedRate: 0 },
      { topic: 'question', responses: 1, average: 5, satisfiedRate: 1 },
    ]);
    // B (compensated) answered 4; F and P (not compensated) 1 and 3.
    expect(csat.complaints).toEqual([
      { group: 'all', responses: 3, average: 2.67, recovered: 1, recoveryRate: 0.333 },
      { group: 'compensated', responses: 1, average: 4, recovered: 1, recoveryRate: 1 },
      { group: 'not_compensated', responses: 2, average: 2, recovered: 0, recoveryRate: 0 },
    ]);
  });

  it('gives the correction rate per field and per label the classifier gave', async () => {
    const { coordinator } = await hotel();
    const { fields, labels } = await reports(server, coordinator).corrections(TWO_WEEKS);

    // H was classified a cancellation; Cem corrected it to a change.
    expect(fields).toEqual([
      { field: 'topic', classified: 9, corrected: 1, rate: 0.111 },
      { field: 'stage', classified: 9, corrected: 0, rate: 0 },
      { field: 'priority', classified: 9, corrected: 0, rate: 0 },
    ]);
    expect(labels.filter((row) => row.field === 'topic')).toEqual([
      { field: 'topic', label: 'cancellation', classified: 1, corrected: 1, rate: 1 },
      { field: 'topic', label: 'complaint', classified: 4, corrected: 0, rate: 0 },
      { field: 'topic', label: 'invoice', classified: 1, corrected: 0, rate: 0 },
      { field: 'topic', label: 'question', classified: 2, corrected: 0, rate: 0 },
      { field: 'topic', label: 'special_request', classified: 1, corrected: 0, rate: 0 },
    ]);
  });

  it('gives public contacts per source and week: rating, public reply, moved and solved in private', async () => {
    const { coordinator } = await hotel();
    const report = await reports(server, coordinator).public(TWO_WEEKS);
    const google = {
      source: 'google_review',
      contacts: 1,
      rated: 1,
      averageRating: 2,
      answered: 1,
      responseRate: 1,
      responseMedianMinutes: 30,
      movedPrivate: 1,
      solvedPrivate: 1,
    };
    expect(report.sources).toEqual([google]);
    expect(report.weekly).toEqual([{ week: W2, ...google }]);
  });

  it('sets a 14-day sprint beside the 14 days before it, KPI by KPI', async () => {
    const { coordinator } = await hotel();
    const report = await reports(server, coordinator).beforeAfter({ sprintFrom: W2 });

    expect(report.before).toEqual({ from: '2026-06-22', to: '2026-07-05' });
    expect(report.sprint).toEqual({ from: W2, to: '2026-07-19' });
    const kpi = Object.fromEntries(report.kpis.map(({ kpi, ...row }) => [kpi, row]));
    expect(kpi.tickets).toEqual({
      better: 'neither',
      before: 5,
      sprint: 4,
      change: -1,
      relativeChange: -0.2,
      improved: null,
    });
    // Before: 2, 4, 30, 60 minutes; sprint: 3, 4, 30, 30.
    expect(kpi.firstResponseP90Minutes).toMatchObject({
      before: 51,
      sprint: 30,
      change: -21,
      improved: true,
    });
    expect(kpi.slaMetRate).toMatchObject({
      before: 0.6,
      sprint: 1,
      change: 0.4,
      relativeChange: 0.667,
      improved: true,
    });
    expect(kpi.resolutionMedianMinutes).toMatchObject({ before: 60, sprint: 150, improved: false });
    expect(kpi.reopenRate).toMatchObject({ before: 0, sprint: 0.333, relativeChange: null, improved: false });
    expect(kpi.csatAverage).toMatchObject({ before: 3.67, sprint: 2, change: -1.67, improved: false });
    expect(kpi.complaintCsatAverage).toMatchObject({ before: 4, sprint: 2 });
    // 1 of 12 labels (topic, stage, priority of 4 tickets) corrected.
    expect(kpi.correctionRate).toMatchObject({ before: 0, sprint: 0.083 });
    expect(kpi.publicResponseRate).toMatchObject({ before: null, sprint: 1, change: null, improved: null });
  });

  it('puts a ticket in the week of the hotel’s own calendar', async () => {
    // Sunday 5 July 21:30 UTC is Monday 00:30 in Istanbul and still Sunday in New York.
    const late = '2026-07-05T21:30:00.000Z';
    const counts = async (timeZone: string) => {
      const tenant = await server.tenant({ role: 'coordinator', timeZone });
      await tenant.api.ingest([guest('c1', 'm1', 0, { sentAt: late, capturedAt: late })]);
      const { rates } = await reports(server, tenant).weekly({ from: W1, to: W2 });
      return rates.map((row) => [row.week, row.tickets]);
    };
    expect(await counts('Europe/Istanbul')).toEqual([
      [W1, 0],
      [W2, 1],
    ]);
    expect(await counts('America/New_York')).toEqual([
      [W1, 1],
      [W2, 0],
    ]);
  });

  it('follows every change to a day it has already reported', async () => {
    const tenant = await server.tenant({ role: 'coordinator' });
    const { api } = await server.colleague(tenant.hotelId, 'Ayşe');
    const day = async () => (await tenant.api.report('2026-07-01', '2026-07-01')).channels;
    await api.ingest([guest('c1', 'm1', 0, { text: 'Is there parking?' })]);
    expect(await day()).toMatchObject([
      { channel: 'whatsapp', ticketsOpened: 1, firstResponse: { answered: 0 }, breaches: 1 },
    ]);

    await api.ingest([staff('c1', 'm2', 3), guest('c2', 'm1', 30, { text: 'And breakfast?' })]);
    expect(await day()).toMatchObject([
      {
        channel: 'whatsapp',
        messagesSeen: 2,
        ticketsOpened: 2,
        firstResponse: { answered: 1, medianMinutes: 3 },
        breaches: 1,
      },
    ]);
  });

  it('is for coordinators and supervisors: frontline and owners get 403', async () => {
    const { frontline } = await hotel();
    const owner = await server.colleague(frontline.hotelId, 'Chef', 'owner');
    const paths = [
      'weekly?from=2026-07-01&to=2026-07-07',
      'agents?from=2026-07-01&to=2026-07-07',
      'csat?from=2026-07-01&to=2026-07-07',
      'corrections?from=2026-07-01&to=2026-07-07',
      'public?from=2026-07-01&to=2026-07-07',
      'before-after?sprintFrom=2026-07-06',
      'tickets?figure=opened&from=2026-07-01&to=2026-07-07',
      'root-causes?from=2026-06&to=2026-07',
      'qa?from=2026-07-01&to=2026-07-07',
      'qa/sample?week=2026-07-01',
      'qa/settings',
    ];
    for (const tenant of [frontline, owner]) {
      for (const path of paths) {
        const answer = await reports(server, tenant).raw('GET', `/v1/reports/${path}`, {
          accept: 'text/csv',
        });
        expect(answer.status, path).toBe(403);
        expect(answer.body).toMatch(/Only coordinators and supervisors/);
      }
      const writes = [
        reports(server, tenant).raw('POST', '/v1/reports/qa/scores', { body: {} }),
        reports(server, tenant).raw('PUT', '/v1/reports/qa/settings', { body: { samplePerAgent: 5 } }),
        reports(server, tenant).raw('POST', '/v1/reports/root-causes/actions', { body: {} }),
      ];
      for (const write of writes) expect((await write).status).toBe(403);
    }
  });

  it('refuses a malformed, reversed or overlong period with 400', async () => {
    const { coordinator } = await hotel();
    const api = reports(server, coordinator);
    for (const path of [
      'weekly?from=2026-07-02&to=2026-07-01',
      'weekly?from=2025-01-01&to=2026-07-01',
      'agents?from=01.07.2026&to=2026-07-02',
      'csat?from=2026-07-01',
      'public?from=2026-07-01&to=2026-07-07&table=nonsense',
      'before-after?sprintFrom=2026-07-06&beforeFrom=2026-07-01&beforeTo=2026-07-10',
      'root-causes?from=2024-01&to=2026-07',
      'root-causes?from=2026-13&to=2026-07',
      'tickets?figure=everything&from=2026-07-01&to=2026-07-07',
      'qa/sample?week=next',
    ]) {
      const answer = await api.raw('GET', `/v1/reports/${path}`);
      expect(answer.status, path).toBe(400);
      expect(JSON.parse(answer.body).error, path).toBe('invalid_request');
    }
  });
});
