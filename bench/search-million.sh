#!/usr/bin/env bash
# The search at the scale of every panel's record: N paragraphs (default 1,000,000: 41 panels,
# twenty years each) written straight into the search's table, made from the vocabulary of the
# seeds (the agenda pack and minutes in ../shared/seeds), then the index rebuilt from the table by
# the mass indexer (timed), then bench/search.sh's 50 queries, five times each.
#
#   SCRUTINY_SEARCH_KEEP_UP_TO_DATE=false SCRUTINY_EMBEDDEDDATABASE_DIRECTORY=/tmp/million/pg \
#     SCRUTINY_SEARCH_DIRECTORY=/tmp/million/index ./mvnw spring-boot:run     # another terminal
#   bench/search-million.sh [paragraphs]            # WARMUP=4 to leave the JIT's first searches out
#
# The application must run with SCRUTINY_SEARCH_KEEP_UP_TO_DATE=false: otherwise its next
# comparison with the modules' records removes the generated rows, which no module publishes.
# Loopback only; needs curl, psql and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/local-base.sh
paragraphs="${1:-1000000}"
port="${PGPORT:-$(ps -eo args | awk '/bin\/postgres -D .*\/pg( |$)/ {for (i=1;i<=NF;i++) if ($i=="-p") {print $(i+1); exit}}')}"
[ -n "$port" ] || { echo "the demo's database is not running" >&2; exit 2; }
started=$(date +%s)
psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v n="$paragraphs" <<'SQL'
delete from search_document where key like 'bench:%';
-- Paragraphs of the kind the panel's minutes and reports hold: who spoke, about what, where, and
-- what was decided, each word chosen from the seeds' vocabulary by the paragraph's number.
insert into search_document (key, kind, title, body, href, day, start_year, meeting, fingerprint, first_indexed_at)
select 'bench:' || n,
       (array['Minutes', 'Report', 'Recommendation', 'Meeting', 'Public question'])[1 + n % 5],
       (array['Police and Crime Plan: delivery update', 'The precept and council tax for policing',
              'Rural crime action plan', 'Victims'' services commissioning', 'Review of Complaints',
              'Public Questions and Statements', 'Confirmation hearing: Chief Constable',
              'Neighbourhood policing and PCSO numbers', 'Road safety and speeding',
              'Domestic abuse and serious violence', 'Drugs strategy and county lines',
              'Estates strategy and the new headquarters'])[1 + (n / 7) % 12]
         || ' (' || (array['Cambridgeshire', 'Northamptonshire', 'Norfolk', 'Suffolk', 'Essex', 'Kent',
              'Surrey', 'Sussex', 'Hampshire', 'Dorset', 'Devon and Cornwall', 'Avon and Somerset',
              'Wiltshire', 'Gloucestershire', 'Thames Valley', 'Hertfordshire', 'Bedfordshire',
              'Leicestershire', 'Lincolnshire', 'Nottinghamshire', 'Derbyshire', 'Staffordshire',
              'West Mercia', 'Warwickshire', 'West Midlands', 'Cheshire', 'Merseyside',
              'Lancashire', 'Cumbria', 'Northumbria', 'Durham', 'Cleveland', 'North Yorkshire',
              'West Yorkshire', 'South Yorkshire', 'Humberside', 'Gwent', 'South Wales',
              'Dyfed-Powys', 'North Wales', 'Greater Manchester'])[1 + n % 41] || ')',
       (array['The Chief Constable said', 'The Commissioner told the panel', 'A member asked whether',
              'The Chief Finance Officer explained that', 'Councillor Wilson noted that',
              'The Deputy Commissioner reported that', 'Members heard that', 'The panel agreed that'])[1 + n % 8]
         || ' ' || (array['PCSO numbers had fallen', 'the precept would rise by ten pounds for a Band D property',
              'response times in rural areas had improved', 'the victims'' hub had supported more people',
              'recruitment of officers was ahead of the uplift target', 'custody capacity remained a concern',
              'the drugs strategy had closed county lines', 'reserves would fund the estates programme',
              'complaints were resolved within the target', 'speeding enforcement had doubled',
              'domestic abuse arrests had increased', 'the force had invested in cyber crime',
              'anti-social behaviour in town centres had fallen', 'the budget gap would be met from savings',
              'restorative justice was offered to more victims', 'hate crime reports were rising'])[1 + (n / 3) % 16]
         || ' in ' || (array['Peterborough', 'Huntingdon', 'Cambridge', 'Fenland', 'Ely', 'Wisbech',
              'St Neots', 'March', 'the north of the county', 'rural areas'])[1 + (n / 11) % 10]
         || ', and ' || (array['the panel noted the report.', 'members asked for a further report.',
              'the panel made a recommendation to the Commissioner.', 'the Commissioner agreed to respond in writing.',
              'the panel supported the proposed precept.', 'an action was recorded for the next meeting.'])[1 + (n / 13) % 6]
         || ' Paragraph ' || n || ', invented for the benchmark.',
       '/search?q=' || n,
       date '2006-05-01' + (n % 7300),
       extract(year from (date '2006-05-01' + (n % 7300) - interval '4 months'))::int,
       'Meeting, ' || to_char(date '2006-05-01' + (n % 7300), 'FMDD Month YYYY'),
       'bench', now()
from generate_series(1, :n) as n;
SQL
echo "wrote $paragraphs paragraphs in $(( $(date +%s) - started )) s"

jar="$(mktemp)"
login="$(curl -fsS -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=admin@demo.scrutiny.test" \
  --data-urlencode "password=scrutiny-demo" --data-urlencode "_csrf=$login" "$base/login"
token="$(curl -fsS -b "$jar" "$base/admin/search" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
started=$(date +%s%N)
curl -fsS -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" "$base/admin/search/rebuild"
until curl -fsS -b "$jar" "$base/admin/search" | grep -q "Finished: "; do sleep 2; done
echo "$(curl -fsS -b "$jar" "$base/admin/search" | grep -o 'Finished: [^<]*')"
echo "index rebuilt in $(( ($(date +%s%N) - started) / 1000000 )) ms (asked to seeing it finished)"
rm -f "$jar"
INDEX_DIR="${INDEX_DIR:-data/index}" bench/search.sh 0
