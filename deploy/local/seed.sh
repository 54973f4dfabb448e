#!/usr/bin/env bash
# Loads the demo alliance through the public API (the gateway), as a partner system would: member
# organisations of a regional cell and gene therapy alliance, its forums with a sub-forum, agenda,
# exhibitors and registrations, and the two founding agreements. Run by `./alliance seed`.
#
# Re-runnable: every create carries an Idempotency-Key, so a second run gets the first answers
# back; moves that were already made answer 409 and are skipped.
#
# Needs: BASE (the gateway URL) and ADMIN (an admin token) in the environment; curl.
# Optional: ALLIANCE_SEED_KEY, the prefix of every Idempotency-Key (default seed-v1). Another prefix
# makes every create run again (`./alliance test` passes a fresh one for its contract run): a second
# copy of the alliance, except for what is unique (the organisation with a credit code and the
# agreements' reference numbers), which is looked up and reused.
set -euo pipefail
shopt -s inherit_errexit

: "${BASE:?BASE (gateway URL) is required}"
: "${ADMIN:?ADMIN (admin token) is required}"
API="$BASE/api/v1"
RUN="${ALLIANCE_SEED_KEY:-seed-v1}"   # part of every Idempotency-Key: another value seeds a second, separate copy
[[ "$RUN" =~ ^[A-Za-z0-9._:-]{1,100}$ ]] || { echo "seed: ALLIANCE_SEED_KEY may hold only letters, digits and . _ : -" >&2; exit 1; }

say() { printf '  %s\n' "$*"; }

BODY_FILE="$(mktemp)"
trap 'rm -f "$BODY_FILE"' EXIT

# call METHOD PATH [BODY] [IDEMPOTENCY-KEY] → sets STATUS and ANSWER
call() {
  local method="$1" path="$2" body="${3:-}" key="${4:-}"
  local args=(-sS -o "$BODY_FILE" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $ADMIN" -H 'Accept: application/json')
  [[ -z "$body" ]] || args+=(-H 'Content-Type: application/json; charset=UTF-8' --data-binary "$body")
  [[ -z "$key" ]] || args+=(-H "Idempotency-Key: $RUN-$key")
  STATUS="$(curl "${args[@]}" "$API$path")"
  ANSWER="$(cat "$BODY_FILE")"
}

# the "id" of a JSON answer (every resource of the suite starts with it)
id_of() { sed -n 's/^{"id":"\([0-9a-f-]\{36\}\)".*/\1/p'; }

# create PATH BODY KEY [CONFLICT] → id; retries while a referenced organisation or event has not yet
# reached the owning service's replica (422 unknown-*), which takes a moment after it was created.
# With CONFLICT (a problem type such as duplicate-reference-number), a 409 of that type prints nothing.
create() {
  local path="$1" body="$2" key="$3" conflict="${4:-}" answer id i
  for ((i = 0; i < 60; i++)); do
    call POST "$path" "$body" "$key"; answer="$ANSWER"
    if [[ "$STATUS" == 201 || "$STATUS" == 200 ]]; then
      id="$(id_of <<<"$answer")"
      [[ -n "$id" ]] || { echo "seed: no id in the answer to POST $path: $answer" >&2; exit 1; }
      echo "$id"
      return 0
    fi
    if [[ -n "$conflict" && "$STATUS" == 409 && "$answer" == *"$conflict"* ]]; then
      return 0
    fi
    if [[ "$STATUS" == 422 && "$answer" == *unknown-* ]]; then
      sleep 0.5
      continue
    fi
    echo "seed: POST $path answered $STATUS: $answer" >&2
    exit 1
  done
  echo "seed: POST $path still refused after 30 s: $answer" >&2
  exit 1
}

# move PATH BODY: a transition; 409 means it was made by an earlier run; 422 unknown-* is retried
move() {
  local path="$1" body="$2" answer i
  for ((i = 0; i < 60; i++)); do
    call POST "$path" "$body"; answer="$ANSWER"
    case "$STATUS" in
      200|409) return 0 ;;
      422) [[ "$answer" == *unknown-* ]] || break; sleep 0.5 ;;
      *) break ;;
    esac
  done
  echo "seed: POST $path answered $STATUS: $answer" >&2
  exit 1
}

org() { # KEY ZH EN SECTOR TIER CITY PROVINCE FIELDS [CREDIT]
  local credit="" id=""
  if [[ -n "${9:-}" ]]; then
    credit="\"creditCode\": \"$9\","
    # registered before (by hand, or under another seed run): the credit code is unique, reuse that organisation
    call GET "/organizations?q=$9"
    id="$(sed -n 's/.*"items":\[{"id":"\([0-9a-f-]\{36\}\)".*/\1/p' <<<"$ANSWER")"
  fi
  [[ -n "$id" ]] || id="$(create /organizations "{\"name\": {\"zh\": \"$2\", \"en\": \"$3\"}, \"sector\": \"$4\", $credit
    \"address\": {\"country\": \"CN\", \"province\": \"$7\", \"city\": \"$6\"}, \"fields\": $8,
    \"membership\": {\"tier\": \"$5\"}}" "org-$1")"
  move "/organizations/$id/membership/transitions" '{"action": "APPROVE", "reason": "Founding council vote"}'
  move "/organizations/$id/membership/transitions" '{"action": "ACTIVATE", "termStart": "2026-01-01", "termEnd": "2028-12-31"}'
  echo "$id"
}

# agreement KEY REFERENCE BODY → id: the agreement created, or the one that already has this reference
# number (unique: 409 duplicate-reference-number) when another seed run registered it
agreement() {
  local key="$1" ref="$2" body="$3" id
  id="$(create /agreements "$body" "$key" duplicate-reference-number)"
  if [[ -z "$id" ]]; then
    call GET "/agreements?q=$ref&size=200"
    id="$(grep -o "\"id\":\"[0-9a-f-]\{36\}\",[^{}]*\"referenceNumber\":\"$ref\"" <<<"$ANSWER" |
      sed -n '1s/^"id":"\([0-9a-f-]*\)".*/\1/p')"
    [[ -n "$id" ]] || { echo "seed: agreement $ref exists (409) but GET /agreements?q=$ref did not find it: $ANSWER" >&2; exit 1; }
  fi
  echo "$id"
}

echo "Seeding the demo alliance through $BASE (Idempotency-Keys $RUN-*)"
BOYA="$(org boya 博雅控股集团 'Boya Holding Group' ENTERPRISE INITIATOR Wuxi Jiangsu \
  '["CELL_THERAPY", "STEM_CELLS", "BIOBANKING"]' 91320200MA149MQEP9)"
BUREAU="$(org wxst 无锡市科学技术局 'Wuxi Science and Technology Bureau' GOVERNMENT CHAIR Wuxi Jiangsu '[]')"
FTZ="$(org dlftz 大连自由贸易试验区管委会 'Dalian Free Trade Zone Administration' GOVERNMENT VICE_CHAIR Dalian Liaoning '["GENE_THERAPY"]')"
DMU="$(org dmu 大连医科大学 'Dalian Medical University' UNIVERSITY COUNCIL Dalian Liaoning '["CELL_THERAPY", "GENE_TESTING", "DRUG_RND"]')"
HOSPITAL="$(org wxph 无锡市人民医院 "Wuxi People's Hospital" HOSPITAL COUNCIL Wuxi Jiangsu \
  '["HEMATOLOGY", "RHEUMATOLOGY", "OBSTETRICS_GYNECOLOGY", "ORTHOPEDICS", "LUNG_TRANSPLANTATION"]')"
# three members the demo does not refer to again
org wxcti 无锡细胞治疗研究院 'Wuxi Cell Therapy Research Institute' RESEARCH_INSTITUTE MEMBER Wuxi Jiangsu '["CAR_T", "IMMUNOTHERAPY"]' >/dev/null
org jsmdt 江苏省医疗器械检验所 'Jiangsu Medical Device Testing Institute' TESTING_BODY MEMBER Nanjing Jiangsu '["MEDICAL_DEVICES"]' >/dev/null
org lhfund 生命健康产业投资基金 'Life and Health Industry Fund' INVESTOR OBSERVER Wuxi Jiangsu '[]' >/dev/null
say "8 member organisations, ACTIVE"

create "/organizations/$BOYA/contacts" '{"name": {"zh": "李诣书", "en": "Li Yishu"}, "title": {"zh": "总裁", "en": "President"},
  "role": "PRIMARY_REPRESENTATIVE", "email": "li.yishu@example.org", "phone": "+86 510 0000 0000"}' contact-boya-li >/dev/null
COMMITTEE="$(create /committees '{"name": {"zh": "联盟筹备组", "en": "Preparatory group"}, "kind": "PREPARATORY_GROUP"}' committee-prep)"
call POST "/committees/$COMMITTEE/seats" "{\"organizationId\": \"$BOYA\", \"role\": \"CHAIR\", \"termStart\": \"2019-04-13\", \"termEnd\": \"2022-04-12\"}"
say "contacts and the preparatory group"

# --- 2019: the Life and Health Industry Forum, its cell therapy sub-forum, where the contract was signed
FORUM19="$(create /events "{\"title\": {\"zh\": \"2019生命健康产业论坛\", \"en\": \"Life and Health Industry Forum 2019\"}, \"type\": \"FORUM\",
  \"organizers\": [\"$BOYA\"], \"coHosts\": [\"$BUREAU\"], \"venue\": {\"name\": \"Junlai Shizun Hotel\", \"city\": \"Wuxi\"},
  \"startsAt\": \"2019-04-13T08:30:00+08:00\", \"endsAt\": \"2019-04-14T17:30:00+08:00\", \"capacity\": 800, \"visibility\": \"PUBLIC\"}" event-forum-2019)"
SUMMIT19="$(create /events "{\"title\": {\"zh\": \"细胞治疗产业高峰论坛\", \"en\": \"Cell Therapy Industry Summit Forum\"}, \"type\": \"SUB_FORUM\",
  \"parentId\": \"$FORUM19\", \"organizers\": [\"$BOYA\"], \"coHosts\": [\"$HOSPITAL\"],
  \"venue\": {\"name\": \"Junlai Shizun Hotel\", \"city\": \"Wuxi\"},
  \"startsAt\": \"2019-04-13T09:00:00+08:00\", \"endsAt\": \"2019-04-13T17:00:00+08:00\", \"timeZone\": \"Asia/Shanghai\",
  \"capacity\": 120, \"visibility\": \"PUBLIC\"}" event-summit-2019)"
call POST "/events/$SUMMIT19/sessions" "{\"title\": {\"zh\": \"临床级细胞制备中心签约仪式\", \"en\": \"Signing: clinical-grade cell centre\"},
  \"kind\": \"SIGNING\", \"startsAt\": \"2019-04-13T11:00:00+08:00\", \"endsAt\": \"2019-04-13T11:30:00+08:00\", \"room\": \"Main hall\",
  \"speakers\": [{\"name\": {\"zh\": \"李诣书\", \"en\": \"Li Yishu\"}, \"title\": {\"en\": \"President\"}, \"organizationId\": \"$BOYA\"}]}"
move "/events/$FORUM19/transitions" '{"action": "PUBLISH"}'
move "/events/$SUMMIT19/transitions" '{"action": "PUBLISH"}'
say "2019 forum and sub-forum (published; the scheduler completes past events)"

# --- 2027: the annual meeting of ~2,000 people, with keynotes, a blue-book release and an exhibition
ANNUAL="$(create /events "{\"title\": {\"zh\": \"2027联盟年会暨细胞与基因治疗产业大会\", \"en\": \"Alliance Annual Meeting 2027\"},
  \"type\": \"ANNUAL_MEETING\", \"organizers\": [\"$BOYA\", \"$BUREAU\"], \"coHosts\": [\"$HOSPITAL\", \"$DMU\"],
  \"venue\": {\"name\": \"Wuxi Taihu International Expo Center\", \"city\": \"Wuxi\"},
  \"startsAt\": \"2027-04-13T08:30:00+08:00\", \"endsAt\": \"2027-04-14T17:30:00+08:00\", \"capacity\": 2000,
  \"quotas\": [{\"category\": \"PRESS\", \"seats\": 50}, {\"category\": \"VIP\", \"seats\": 20}], \"visibility\": \"PUBLIC\"}" event-annual-2027-quotas)"
call POST "/events/$ANNUAL/sessions" '{"title": {"zh": "主旨演讲", "en": "Keynote"}, "kind": "KEYNOTE", "startsAt": "2027-04-13T09:00:00+08:00",
  "endsAt": "2027-04-13T09:40:00+08:00", "room": "Main forum", "speakers": [{"name": {"en": "Alliance chair"}}]}'
call POST "/events/$ANNUAL/sessions" '{"title": {"zh": "产业蓝皮书发布", "en": "Industry blue book release"}, "kind": "RELEASE",
  "startsAt": "2027-04-13T10:00:00+08:00", "endsAt": "2027-04-13T10:30:00+08:00", "room": "Main forum"}'
call POST "/events/$ANNUAL/exhibitors" "{\"organizationId\": \"$BOYA\", \"booth\": \"A1\",
  \"showcase\": {\"zh\": \"自动化细胞制备设备\", \"en\": \"Automated cell-processing equipment\"}}"
move "/events/$ANNUAL/transitions" '{"action": "PUBLISH"}'
move "/events/$ANNUAL/transitions" '{"action": "OPEN_REGISTRATION"}'
for i in 1 2 3; do
  call POST "/events/$ANNUAL/registrations" "{\"attendee\": {\"name\": \"Attendee $i\", \"email\": \"attendee$i@example.org\",
    \"organizationId\": \"$HOSPITAL\"}, \"category\": \"MEMBER\"}" "reg-annual-$i"
done
say "2027 annual meeting: 2,000 seats (PRESS 50, VIP 20), agenda, exhibitor, registration open, 3 registrations with tickets"

# --- the founding agreements
FA="$(agreement agreement-dl-fta-dmu DL-FTA-DMU-2021-001 "{\"referenceNumber\": \"DL-FTA-DMU-2021-001\",
  \"title\": {\"zh\": \"共建大连基因细胞治疗先行示范区框架协议\",
            \"en\": \"Framework agreement to co-build the Dalian gene and cell therapy pilot demonstration zone\"},
  \"type\": \"FRAMEWORK_AGREEMENT\",
  \"parties\": [{\"organizationId\": \"$FTZ\", \"role\": \"PARTY_A\", \"signatories\": [{\"name\": {\"en\": \"Director of the administration\"}}]},
                {\"organizationId\": \"$DMU\", \"role\": \"PARTY_B\", \"signatories\": [{\"name\": {\"en\": \"President of the university\"}}]}],
  \"fields\": [\"CELL_THERAPY\", \"GENE_THERAPY\", \"GENE_TESTING\", \"DRUG_RND\"],
  \"deliverables\": [{\"zh\": \"基因细胞治疗先行示范区\", \"en\": \"Gene and cell therapy pilot demonstration zone\"},
                     {\"zh\": \"细胞治疗临床医学中心\", \"en\": \"Clinical medical centre for cell therapy\"},
                     {\"zh\": \"公共基因服务平台\", \"en\": \"Public gene service platform\"}],
  \"effectiveFrom\": \"2021-04-19\", \"visibility\": \"PUBLIC\"}")"
move "/agreements/$FA/transitions" '{"action": "SUBMIT_FOR_REVIEW"}'
move "/agreements/$FA/transitions" '{"action": "START_NEGOTIATION"}'
# each party signs for itself; the secretariat records the signatures it witnessed, with the filing reference
for role in PARTY_A PARTY_B; do
  move "/agreements/$FA/signatures" "{\"partyRole\": \"$role\", \"signatory\": 0, \"signedOn\": \"2021-04-19\",
    \"signedAt\": {\"place\": \"Dalian\"}, \"onBehalfReason\": \"Signed originals filed by the secretariat (SEC-2021-04)\"}"
done
move "/agreements/$FA/transitions" '{"action": "ACTIVATE"}'
CC="$(agreement agreement-boya-wxph BOYA-WXPH-2019-CELL "{\"referenceNumber\": \"BOYA-WXPH-2019-CELL\",
  \"title\": {\"zh\": \"共建临床级细胞制备中心合作协议\", \"en\": \"Contract to co-build a clinical-grade cell centre\"},
  \"type\": \"CO_BUILDING\",
  \"parties\": [{\"organizationId\": \"$BOYA\", \"role\": \"PARTY_A\", \"signatories\": [{\"name\": {\"zh\": \"李诣书\", \"en\": \"Li Yishu\"}}]},
                {\"organizationId\": \"$HOSPITAL\", \"role\": \"PARTY_B\", \"signatories\": [{\"name\": {\"en\": \"President of the hospital\"}}]}],
  \"fields\": [\"CELL_THERAPY\", \"HEMATOLOGY\", \"RHEUMATOLOGY\", \"OBSTETRICS_GYNECOLOGY\", \"ORTHOPEDICS\", \"LUNG_TRANSPLANTATION\"],
  \"deliverables\": [{\"zh\": \"临床级细胞制备中心\", \"en\": \"Clinical-grade cell centre\"}],
  \"effectiveFrom\": \"2019-04-13\", \"effectiveTo\": \"2029-04-12\", \"visibility\": \"MEMBERS\"}")"
move "/agreements/$CC/transitions" '{"action": "SUBMIT_FOR_REVIEW"}'
move "/agreements/$CC/transitions" '{"action": "START_NEGOTIATION"}'
for role in PARTY_A PARTY_B; do
  move "/agreements/$CC/signatures" "{\"partyRole\": \"$role\", \"signatory\": 0, \"signedOn\": \"2019-04-13\",
    \"signedAt\": {\"place\": \"Wuxi\", \"eventId\": \"$SUMMIT19\"}, \"onBehalfReason\": \"Signed at the summit forum's signing session (SEC-2019-11)\"}"
done
call POST "/agreements/$CC/milestones" '{"title": {"zh": "细胞制备中心通过GMP检查", "en": "Cell centre passes GMP inspection"},
  "ownerPartyRole": "PARTY_A", "dueOn": "2027-12-31"}'
# a three-party framework agreement: bureau, hospital and company sign one after the other at the
# 2019 summit forum's signing session (SIGNING after the first, SIGNED after the third)
TRI="$(agreement agreement-wx-tri WX-CGT-2019-TRI "{\"referenceNumber\": \"WX-CGT-2019-TRI\",
  \"title\": {\"zh\": \"无锡细胞与基因治疗产业协同发展三方框架协议\",
            \"en\": \"Tripartite framework agreement on the Wuxi cell and gene therapy industry\"},
  \"type\": \"FRAMEWORK_AGREEMENT\",
  \"parties\": [{\"organizationId\": \"$BUREAU\", \"role\": \"PARTY_A\", \"signatories\": [{\"name\": {\"en\": \"Director of the bureau\"}}]},
                {\"organizationId\": \"$HOSPITAL\", \"role\": \"PARTY_B\", \"signatories\": [{\"name\": {\"en\": \"President of the hospital\"}}]},
                {\"organizationId\": \"$BOYA\", \"role\": \"PARTY_C\", \"signatories\": [{\"name\": {\"zh\": \"李诣书\", \"en\": \"Li Yishu\"}}]}],
  \"fields\": [\"CELL_THERAPY\", \"GENE_THERAPY\", \"CLINICAL_RESEARCH\"],
  \"effectiveFrom\": \"2019-04-13\", \"effectiveTo\": \"2029-04-12\", \"visibility\": \"PUBLIC\"}")"
move "/agreements/$TRI/transitions" '{"action": "SUBMIT_FOR_REVIEW"}'
move "/agreements/$TRI/transitions" '{"action": "START_NEGOTIATION"}'
for role in PARTY_A PARTY_B PARTY_C; do
  move "/agreements/$TRI/signatures" "{\"partyRole\": \"$role\", \"signatory\": 0, \"signedOn\": \"2019-04-13\",
    \"signedAt\": {\"place\": \"Wuxi\", \"eventId\": \"$SUMMIT19\"}, \"onBehalfReason\": \"Signed at the summit forum's signing session (SEC-2019-12)\"}"
done
say "3 founding agreements, signed party by party (the cell-centre contract and the three-party framework at the 2019 summit forum)"

echo "Done. Try: curl '$API/organizations?q=boya'   or   $BASE/swagger-ui"
