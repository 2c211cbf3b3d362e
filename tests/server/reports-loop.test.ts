// The coordinator's loop (issue 9) on the hand-worked hotel of support/report-hotel.ts: every
// figure drills down to its tickets, tables download as CSV that a spreadsheet cannot run, the
// root-cause report follows the actions recorded against its problems, and QA samples a week's
// closed conversations the same way every time and scores each once.
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './support/databases.ts';
import { parseCsv, reports } from './support/report-client.ts';
import { LETTERS, seedReportHotel, type Letter, type ReportHotel } from './support/report-hotel.ts';
import { workflow } from './support/workflow-client.ts';

const TWO_WEEKS = { from: '2026-06-29', to: '2026-07-12' };
const ALL_CHECKS = {
  clear: true,
  empathetic: true,
  fixConfirmed: true,
  rightTeam: true,
  closingMessage: true,
  templateFit: true,
};

describeOnEachDatabase('the coordinator’s loop', (server) => {
  let seeded: Promise<ReportHotel> | undefined;
  const hotel = () => (seeded ??= seedReportHotel(server));
  const lettersOf = (seed: ReportHotel, recordNumbers: string[]) =>
    recordNumbers
      .map((number) => LETTERS.find((letter) => seed.tickets[letter].recordNumber === number))
      .sort();

  it('drills every kind of figure down to the tickets it counts', async () => {
    const seed = await hotel();
    const api = reports(server, seed.coordinator);
    const drill = async (query: Record<string, string | number>) => {
      const found = await api.tickets({ ...TWO_WEEKS, ...query });
      expect(found.total).toBe(found.tickets.length);
      return lettersOf(
        seed,
        found.tickets.map((t) => t.recordNumber),
      );
    };
    const expected: [Record<string, string | number>, Letter[]][] = [
      [{ figure: 'opened' }, ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'P']],
      [{ figure: 'sla_missed', channel: 'whatsapp', to: '2026-07-05' }, ['B', 'D']],
      [{ figure: 'answered', agentId: seed.burak.agentId }, ['B', 'F']],
      [{ figure: 'closed', agentId: seed.ayse.agentId }, ['A', 'C', 'P']],
      [{ figure: 'resolved', topic: 'complaint' }, ['B', 'F', 'P']],
      [{ figure: 'reopened' }, ['G']],
      [{ figure: 'escalated' }, ['E', 'P']],
      [{ figure: 'csat', complaints: 'compensated' }, ['B']],
      [{ figure: 'csat', score: 2 }, ['C']],
      [{ figure: 'root_cause', department: 'housekeeping' }, ['F', 'P']],
      [{ figure: 'corrected', field: 'topic', label: 'cancellation' }, ['H']],
      [{ figure: 'corrected', field: 'stage' }, []],
      [{ figure: 'moved_private', source: 'google_review' }, ['P']],
      [{ figure: 'sla_met', team: 'reservations' }, ['A', 'G', 'H']],
    ];
    for (const [query, letters] of expected)
      expect(await drill(query), JSON.stringify(query)).toEqual(letters);

    const list = await api.tickets({ ...TWO_WEEKS, figure: 'closed', agentId: seed.burak.agentId });
    expect(list.tickets[0]).toEqual({
      recordNumber: seed.tickets.F.recordNumber,
      channel: 'whatsapp',
      topic: 'complaint',
      status: 'closed',
      team: 'housekeeping',
      ownerName: 'Burak',
      guestName: 'Guest',
      firstInboundAt: '2026-07-06T07:00:00.000Z',
      conversationUrl: null,
    });
  });

  it('downloads a table as CSV, quoted, with hostile text unable to run as a formula', async () => {
    const { coordinator } = await hotel();
    const api = reports(server, coordinator);
    const weekly = await api.raw('GET', '/v1/reports/weekly?from=2026-06-29&to=2026-07-05&table=channels', {
      accept: 'text/csv',
    });
    expect(weekly.status).toBe(200);
    expect(weekly.type).toBe('text/csv; charset=utf-8');
    expect(weekly.disposition).toBe('attachment; filename="konuk-weekly-2026-06-29-2026-07-05-channels.csv"');
    expect(parseCsv(weekly.body)).toEqual([
      [
        'week',
        'channel',
        'tickets',
        'answered',
        'firstResponseMedianMinutes',
        'firstResponseP90Minutes',
        'slaMet',
        'slaMissed',
        'slaMetRate',
      ],
      ['2026-06-29', 'email', '1', '1', '60', '60', '1', '0', '1'],
      ['2026-06-29', 'whatsapp', '4', '3', '4', '24.8', '2', '2', '0.5'],
    ]);

    const summary = await api.raw('GET', '/v1/reports/summary?from=2026-06-29&to=2026-07-05&table=channels', {
      accept: 'text/csv',
    });
    expect(parseCsv(summary.body)[0]).toEqual([
      'channel',
      'messagesSeen',
      'messagesLogged',
      'ticketsOpened',
      'firstResponse.answered',
      'firstResponse.medianMinutes',
      'firstResponse.p90Minutes',
      'breaches',
    ]);

    const hostile = [
      '=HYPERLINK("http://x.example","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      ' =1',
      'Ali, "the" guest\nline 2',
    ];
    // Its own hotel, so the other tests' figures stay as worked out.
    const elsewhere = await server.tenant({ role: 'coordinator' });
    await elsewhere.api.ingest(
      hostile.map((name, index) => ({
        channel: 'instagram' as const,
        conversationId: `ig-${index}`,
        platformMessageId: 'm1',
        direction: 'inbound' as const,
        guestName: name,
        senderName: name,
        sentAt: '2026-07-10T10:00:00.000Z',
        capturedAt: '2026-07-10T10:00:00.000Z',
        text: 'Hello',
      })),
    );
    const other = reports(server, elsewhere);
    const csv = await other.raw(
      'GET',
      '/v1/reports/tickets?figure=opened&channel=instagram&from=2026-07-10&to=2026-07-10',
      {
        accept: 'text/csv',
      },
    );
    const [header, ...rows] = parseCsv(csv.body);
    const names = rows.map((row) => row[header!.indexOf('guestName')]).sort();
    expect(names).toEqual(
      [
        `'=HYPERLINK("http://x.example","click")`,
        "'+1+1",
        "'-2+3",
        "'@SUM(A1)",
        "' =1",
        'Ali, "the" guest\nline 2',
      ].sort(),
    );
    // Without Accept: text/csv the same request answers JSON.
    expect(
      (await other.tickets({ figure: 'opened', channel: 'instagram', from: '2026-07-10', to: '2026-07-10' }))
        .total,
    ).toBe(6);
  });

  it('follows the actions recorded against a month’s top problems into the next months, audited', async () => {
    const seed = await hotel();
    const api = reports(server, seed.coordinator);
    // August: the same problem again, once.
    const august = await seed.burak.api.ingest([
      {
        channel: 'whatsapp',
        conversationId: 'wa-aug',
        platformMessageId: 'x1',
        direction: 'inbound',
        senderName: 'Guest',
        sentAt: '2026-08-04T07:00:00.000Z',
        capturedAt: '2026-08-04T07:00:00.000Z',
        text: 'Our room was not cleaned today and there are no towels',
      },
    ]);
    await seed.burak.api.update(august.tickets[0]!.recordNumber, { rootCause: 'hk-room-not-clean' });

    const july = await api.rootCauses({ from: '2026-07', to: '2026-07' });
    expect(july.problems.map((p) => [p.rank, p.topic, p.rootCause, p.department, p.tickets])).toEqual([
      [1, 'complaint', 'hk-room-not-clean', 'housekeeping', 2],
      [2, 'invoice', 'acc-billing-error', 'accounting', 1],
    ]);
    const action = await api.createAction({
      topic: 'complaint',
      rootCause: 'hk-room-not-clean',
      month: '2026-07',
      action: 'Check every room before 14:00; a second round for late check-outs.',
      owner: 'Head of housekeeping',
      dueDate: '2026-08-15',
    });
    expect(action).toMatchObject({
      status: 'open',
      createdBy: 'Cem',
      updatedBy: 'Cem',
      dueDate: '2026-08-15',
    });
    const done = await api.updateAction(action.id, { status: 'done', owner: 'Housekeeping manager' });
    expect(done).toMatchObject({ status: 'done', owner: 'Housekeeping manager', action: action.action });

    const report = await api.rootCauses({ from: '2026-06', to: '2026-08' });
    expect(report.months).toEqual(['2026-06', '2026-07', '2026-08']);
    expect(report.departments).toEqual([
      { month: '2026-06', department: 'front_office', tickets: 1 },
      { month: '2026-06', department: 'technical_service', tickets: 1 },
      { month: '2026-07', department: 'accounting', tickets: 1 },
      { month: '2026-07', department: 'housekeeping', tickets: 2 },
      { month: '2026-08', department: 'housekeeping', tickets: 1 },
    ]);
    expect(report.problems).toEqual([
      {
        rank: 1,
        topic: 'complaint',
        rootCause: 'hk-room-not-clean',
        department: 'housekeeping',
        cause: 'Room not cleaned to standard',
        tickets: 1,
        previousMonthTickets: 2,
        actions: 1,
      },
    ]);
    expect(report.actions).toEqual([{ ...done, baseline: 2, latest: 1, fell: true }]);
    expect(report.actionTrend).toEqual([{ actionId: action.id, month: '2026-08', tickets: 1 }]);

    const { entries } = await api.actionHistory(action.id);
    expect(
      entries.map((e) => [e.agentName, e.before?.status ?? null, e.after.status, e.after.owner]),
    ).toEqual([
      ['Cem', null, 'open', 'Head of housekeeping'],
      ['Cem', 'open', 'done', 'Housekeeping manager'],
    ]);

    const refused = await api.raw('POST', '/v1/reports/root-causes/actions', {
      body: {
        topic: null,
        rootCause: 'no-such-cause',
        month: '2026-07',
        action: 'x',
        owner: 'y',
        dueDate: '2026-08-01',
      },
    });
    expect(refused.status).toBe(400);
    const missing = await api.raw('PATCH', `/v1/reports/root-causes/actions/${crypto.randomUUID()}`, {
      body: { status: 'done' },
    });
    expect(missing.status).toBe(404);
  });

  it('samples a week’s closed conversations per agent, the same each time, and scores each once', async () => {
    const seed = await hotel();
    const api = reports(server, seed.coordinator);
    const sample = await api.qaSample('2026-07-01');
    expect(sample).toMatchObject({ week: '2026-06-29', weekEnd: '2026-07-05', samplePerAgent: 3 });
    const picked = sample.agents.map((a) => [
      a.agentName,
      a.closed,
      lettersOf(
        seed,
        a.tickets.map((t) => t.recordNumber),
      ),
    ]);
    expect(picked).toEqual([
      ['Ayşe', 2, ['A', 'C']],
      ['Burak', 1, ['B']],
    ]);
    expect(await api.qaSample('2026-07-05')).toEqual(sample);

    await api.putQaSettings({ samplePerAgent: 1 });
    const small = await api.qaSample('2026-06-29');
    expect(small.agents.map((a) => a.tickets.map((t) => t.recordNumber))).toEqual(
      sample.agents.map((a) => [a.tickets[0]!.recordNumber]),
    );
    await api.putQaSettings({ samplePerAgent: 3 });
    const [change] = await server.db.query<{ before: unknown; after: unknown }>(
      `select before, after from report_changes where hotel_id = $1 and subject = 'qa_settings' order by at, id limit 1`,
      [seed.coordinator.hotelId],
    );
    expect(change).toEqual({ before: { samplePerAgent: 3 }, after: { samplePerAgent: 1 } });

    const a = seed.tickets.A.recordNumber;
    const scored = await api.score({ recordNumber: a, checks: ALL_CHECKS, note: 'Warm and clear.' });
    expect(scored).toMatchObject({ agentName: 'Ayşe', week: '2026-06-29', points: 6, scoredBy: 'Cem' });
    await api.score({
      recordNumber: seed.tickets.B.recordNumber,
      checks: { ...ALL_CHECKS, empathetic: false, templateFit: false },
      note: '=2+3 coach on tone',
    });
    const again = await api.raw('POST', '/v1/reports/qa/scores', {
      body: { recordNumber: a, checks: ALL_CHECKS },
    });
    expect([again.status, JSON.parse(again.body).error]).toEqual([409, 'qa_already_scored']);
    const open = await api.raw('POST', '/v1/reports/qa/scores', {
      body: { recordNumber: seed.tickets.D.recordNumber, checks: ALL_CHECKS },
    });
    expect([open.status, JSON.parse(open.body).error]).toEqual([409, 'qa_not_closed']);
    const partial = await api.raw('POST', '/v1/reports/qa/scores', {
      body: { recordNumber: a, checks: { clear: true } },
    });
    expect(partial.status).toBe(400);

    const withScores = await api.qaSample('2026-06-29');
    expect(withScores.agents[0]!.tickets.find((t) => t.recordNumber === a)!.score).toEqual(scored);

    const qa = await api.qa(TWO_WEEKS);
    expect(qa.scoresTotal).toBe(2);
    expect(
      qa.agents.map((row) => [row.agentName, row.scored, row.averagePoints, row.empathetic, row.clear]),
    ).toEqual([
      ['Ayşe', 1, 6, 1, 1],
      ['Burak', 1, 4, 0, 1],
    ]);
    expect(qa.weekly.map((row) => [row.week, row.agentName, row.averagePoints])).toEqual([
      ['2026-06-29', 'Ayşe', 6],
      ['2026-06-29', 'Burak', 4],
    ]);
    const { agents } = await api.agents(TWO_WEEKS);
    expect(agents.map((row) => [row.agentName, row.qaScored, row.qaAveragePoints])).toEqual([
      ['Ayşe', 1, 6],
      ['Burak', 1, 4],
    ]);
    const drilled = await api.tickets({ ...TWO_WEEKS, figure: 'qa_scored', agentId: seed.burak.agentId });
    expect(drilled.tickets.map((t) => t.recordNumber)).toEqual([seed.tickets.B.recordNumber]);

    const csv = await api.raw('GET', '/v1/reports/qa?from=2026-06-29&to=2026-07-12&table=scores', {
      accept: 'text/csv',
    });
    const [header, ...rows] = parseCsv(csv.body);
    expect(header).toContain('checks.fixConfirmed');
    // Newest first.
    expect(rows.map((row) => row[header!.indexOf('note')])).toEqual([
      "'=2+3 coach on tone",
      'Warm and clear.',
    ]);
  });
});
