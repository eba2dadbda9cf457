#!/usr/bin/env bash
# Adds years of invented history to the running demo's database, for the benchmarks of lists that
# must not grow with the data: N meetings (default 200, about twenty years at ten a year) before
# the demo's own, each with ten items in the work programme and a recommendation, most of them
# answered, a published agenda of the same ten items, a written report for three of them, and
# approved minutes. Every record is marked as invented in its text. Run against the demo only.
#
#   ./mvnw spring-boot:run          # in another terminal: the demo
#   bench/history.sh [meetings]     # e.g. 200 for twenty years, 10000 for the calendar benchmark
#
# Finds the demo's embedded PostgreSQL by its data directory (./data/pg); PGPORT overrides.
set -euo pipefail
meetings="${1:-200}"
port="${PGPORT:-$(ps -eo args | awk '/bin\/postgres -D .*data\/pg/ {for (i=1;i<=NF;i++) if ($i=="-p") {print $(i+1); exit}}')}"
[ -n "$port" ] || { echo "the demo's database is not running (start the demo first)" >&2; exit 2; }
psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v meetings="$meetings" <<'SQL'
begin;
-- Ten meetings a year, every 36 days, ending the day before the demo's first meeting.
create temporary table invented on commit drop as
select n, (select min(meeting_date) from meeting) - (:meetings - n + 1) * 36 as day
from generate_series(1, :meetings) as n;

insert into meeting (uid, kind, title, meeting_date, start_time, end_time, venue_id, status, sequence, last_changed_at)
select gen_random_uuid(), 'ORDINARY', null, day, time '13:30', time '16:00',
       (select min(id) from venue), 'HELD', 0, now()
from invented;

insert into work_programme_item (meeting_id, position, title, note, standing, purpose)
select m.id, p, (array['Apologies for Absence', 'Declarations of Interest', 'Minutes of the previous meeting',
        'Review of Actions and Recommendations', 'Public Questions and Statements', 'Review of Complaints',
        'Police and Crime Plan: delivery update', 'Rural crime and the rural crime action plan',
        'Victims'' services commissioning', 'Meeting Dates and Agenda Plan'])[p],
       case when p = 8 then 'Invented for the twenty-year benchmark' end, false,
       (array['APOLOGIES', 'DECLARATIONS', 'PREVIOUS_MINUTES', 'ACTIONS_REVIEW', 'PUBLIC_QUESTIONS',
        'COMPLAINTS_REVIEW', 'OTHER', 'OTHER', 'OTHER', 'MEETING_DATES'])[p]
from meeting m join invented i on m.meeting_date = i.day
cross join generate_series(1, 10) as p;

insert into recommendation (meeting_id, kind, title, text, sent_on, response_due, response_text,
                            response_received, outcome)
select m.id, 'RECOMMENDATION', 'Invented recommendation of ' || to_char(m.meeting_date, 'FMDD Month YYYY'),
       'That the Commissioner reports to the panel on the rural crime action plan (invented for the benchmark).',
       m.meeting_date + 2, m.meeting_date + 2 + 28,
       case when i.n % 5 <> 0 then 'The Commissioner accepts the recommendation (invented for the benchmark).' end,
       case when i.n % 5 <> 0 then m.meeting_date + 20 end,
       case when i.n % 5 <> 0 then 'ACCEPTED' end
from meeting m join invented i on m.meeting_date = i.day;

-- Each meeting's agenda, published a week before, with the items of its work programme; a written
-- report for each of the three items that are not standing business; and the approved minutes,
-- a minute for each item with its points and the panel's decision.
insert into agenda (meeting_id, status, published_at)
select m.id, 'PUBLISHED', (m.meeting_date - 8)::timestamptz
from meeting m join invented i on m.meeting_date = i.day;

insert into agenda_item (agenda_id, position, title, purpose)
select a.id, w.position, w.title, w.purpose
from agenda a join invented i on true join meeting m on m.id = a.meeting_id and m.meeting_date = i.day
join work_programme_item w on w.meeting_id = m.id;

insert into report (meeting_id, agenda_item_id, title, author, due_date, status, report_of, purpose, background,
                    key_issues, recommendations)
select m.id, ai.id, ai.title, 'OPCC', m.meeting_date - 10, 'ACCEPTED', 'Police and Crime Commissioner',
       'To update the panel on ' || lower(ai.title) || ' (invented for the benchmark).',
       'The Police and Crime Plan sets out the Commissioner''s priorities for rural crime, victims, '
         || 'neighbourhood policing and the precept. PCSO numbers, response times and the council tax '
         || 'Band D figure are reported each quarter (invented for the benchmark, meeting ' || i.n || ').',
       'Recruitment and retention of officers, custody capacity, the drugs strategy and county lines, '
         || 'domestic abuse and serious violence remain the areas of most concern to the panel.',
       'The panel is recommended to note the report.'
from agenda_item ai join agenda a on a.id = ai.agenda_id join meeting m on m.id = a.meeting_id
join invented i on m.meeting_date = i.day
where ai.purpose = 'OTHER';

insert into meeting_minutes (meeting_id, status, first_number, started_at, ended_at, published_at, approved_on)
select m.id, 'APPROVED', i.n * 10, time '13:30', time '16:00', (m.meeting_date + 7)::timestamptz, m.meeting_date + 36
from meeting m join invented i on m.meeting_date = i.day;

insert into minute (minutes_id, position, agenda_item_id, title, purpose, summary, points, decision, decision_text,
                    unanimous)
select mm.id, ai.position, ai.id, ai.title, ai.purpose,
       'The Commissioner introduced the item; members asked about neighbourhood policing and rural crime '
         || '(invented for the benchmark).',
       'The Chief Constable said PCSO numbers were stable.' || chr(10)
         || 'Members asked how the precept would fund more officers.',
       case when ai.purpose = 'OTHER' then 'NOTED' else 'NONE' end,
       case when ai.purpose = 'OTHER' then 'the report.' end,
       ai.purpose = 'OTHER'
from meeting_minutes mm join agenda a on a.meeting_id = mm.meeting_id
join agenda_item ai on ai.agenda_id = a.id
join meeting m on m.id = mm.meeting_id join invented i on m.meeting_date = i.day;

-- Public pages are validated by the change counter: history written behind the application's back
-- must raise it too.
update data_version set version = version + 1, changed_at = now() where id = 1;
commit;
select count(*) as meetings, min(meeting_date) as first, max(meeting_date) as last from meeting;
SQL
