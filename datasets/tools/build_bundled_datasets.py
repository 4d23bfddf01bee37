#!/usr/bin/env python3
"""
Builds the bundled datasets (datasets/hampshire, datasets/kent and the three structure-only examples of
seed 004: datasets/shropshire, datasets/barking-and-dagenham, datasets/north-east-lincolnshire) in the
trustmap import format
from the open data in datasets/sources and the facts of the five seed documents.

Deterministic: the same inputs always give byte-identical files. Run from the repository root:
    python3 datasets/tools/build_bundled_datasets.py

What is real and what is not (also recorded in the files themselves):
- Real: the county, its 11 districts and their ONS codes, every school (URN, name, district, postcode,
  easting/northing), every postcode and its district, the bodies and partnerships the seeds name, the
  legal bases of the duty to co-operate, and the three public office holders named in the seeds.
- Derived by rule (derived: true, with the rule): school clusters and the LCPs built on them, except
  where the seeds or documented public facts name them (Hart's Yateley, Odiham and Fleet clusters,
  North Hampshire LCP).
- Illustrative (illustrative: true): every other seat holder (obviously invented names), the placeholder
  names of the districts' councils for voluntary service, and their example.org contact details.
"""
import csv
import json
import math
import os
import random

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOURCES = os.path.join(ROOT, "datasets", "sources")
VERIFIED = "2026-11-20"  # the day these facts were last checked against their sources

HAMPSHIRE = "E10000014"
KENT = "E10000016"


def slug(text):
    out = "".join(c.lower() if c.isalnum() else "-" for c in text.replace("'", ""))
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def read_csv(name):
    with open(os.path.join(SOURCES, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(["" if v is None else v for v in row])


def write_json(path, document):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")


SOURCE_LIST = [
    {"id": "seed-000", "title": "Hampshire County Council, 'Hampshire Children's Trust' web page (Hantsweb)"},
    {"id": "seed-001", "title": "Hampshire Children's Services, paper on Local Children's Partnerships, Colin Hardy, Head of Partnerships, February 2010"},
    {"id": "seed-002", "title": "Voluntary-sector fact sheet 9, 'Why Children's Trusts?', April 2009"},
    {"id": "seed-003", "title": "Hampshire Children and Young People's Plan 2012-2015, foreword"},
    {"id": "seed-004", "title": "DCSF, 'Children's Trusts: statutory guidance' companion guide, 2008"},
    {"id": "ons-lad-lookup", "title": "ONS local authority district to county lookup (compiled by D. Kane, geo-lookups)", "url": "https://github.com/drkane/geo-lookups"},
    {"id": "gias-2022", "title": "DfE Get Information About Schools, open state-funded primary and secondary schools, 2022", "url": "https://get-information-schools.service.gov.uk/"},
    {"id": "codepoint-2025-10", "title": "Ordnance Survey Code-Point Open 2025.4.0 (October 2025)", "url": "https://www.ordnancesurvey.co.uk/products/code-point-open"},
    {"id": "public-record", "title": "Public record of NHS and public-body reorganisations (not in the seeds)"},
    {"id": "illustrative", "title": "Illustrative demo data, invented for trustmap: not a real person, appointment or contact"},
]

FIRST = ["Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan", "Kendall", "Logan",
         "Morgan", "Noel", "Parker", "Quinn", "Reese", "Rowan", "Sawyer", "Skyler", "Taylor", "Arden",
         "Bailey", "Carson", "Dale", "Ellis", "Frankie", "Gray", "Hayden", "Jesse", "Kai", "Lane"]
LAST = ["Example", "Sample", "Specimen", "Placeholder", "Fictional", "Madeup", "Invented", "Pretend",
        "Dummy", "Testcase", "Mockett", "Notreal", "Imaginary", "Storybook", "Makebelieve", "Fakeley",
        "Nobody", "Lorem", "Ipsum", "Hypothetical", "Standin", "Proxyman", "Demoson", "Unreal"]


class People:
    """Deterministic pool of visibly invented people."""

    def __init__(self):
        self.people = []
        self.used = set()
        self.n = 0

    def new(self, consent):
        while True:
            if self.n >= len(FIRST) * len(LAST):
                raise RuntimeError("the pool of invented names is used up: add names to FIRST or LAST")
            first = FIRST[self.n % len(FIRST)]
            last = LAST[(self.n // len(FIRST)) % len(LAST)]
            self.n += 1
            name = f"{first} {last}"
            if name not in self.used:
                break
        self.used.add(name)
        pid = "person:" + slug(name)
        person = {"id": pid, "name": name, "illustrative": True, "source": "illustrative"}
        if consent:
            person["email"] = slug(name).replace("-", ".") + "@example.org"
            person["contactConsent"] = True
            person["contactConsentDate"] = "2024-01-15"
        self.people.append(person)
        return pid


class Network:
    def __init__(self, authority):
        self.authority = authority
        self.bodies, self.partnerships, self.clusters = [], [], []
        self.posts, self.memberships, self.relations = [], [], []
        self.plans, self.agreements = [], []
        self.rng = random.Random(20100201)

    def body(self, name, kind, sector, source, **extra):
        bid = extra.pop("id", None) or "body:" + slug(name)
        self.bodies.append(dict(id=bid, name=name, kind=kind, sector=sector, source=source, **extra))
        return bid

    def partnership(self, name, kind, source, **extra):
        pid = extra.pop("id", None) or "partnership:" + slug(name)
        self.partnerships.append(dict(id=pid, name=name, kind=kind, source=source, **extra))
        return pid

    def relate(self, rtype, src, dst, **extra):
        self.relations.append(dict(type=rtype, **{"from": src, "to": dst}, **extra))

    def post(self, of, name, role, sector=None, area=None, **extra):
        pid = "post:" + slug(of.split(":", 1)[1] + "-" + name)
        post = dict(id=pid, name=name, organisation=of, role=role, **extra)
        if sector:
            post["sector"] = sector
        if area:
            post["area"] = area
        self.posts.append(post)
        return pid

    def member(self, person, post, start, end=None, role="MEMBER", on_behalf_of=None, source="illustrative"):
        mid = "membership:" + slug(post.split(":", 1)[1] + "-" + person.split(":", 1)[1] + "-" + start)
        m = {"id": mid, "person": person, "post": post, "role": role, "validFrom": start, "source": source}
        if source == "illustrative":
            m["illustrative"] = True      # invented: nobody verified it, so it has no lastVerified
        else:
            m["lastVerified"] = VERIFIED  # checked against its source on that day
        if end:
            m["validTo"] = end
        if on_behalf_of:
            m["onBehalfOf"] = on_behalf_of
        self.memberships.append(m)
        return mid


# ------------------------------------------------------------------------------------- geography, schools

lookup = read_csv("lad_to_utla_county_lookup_uk.csv")


def districts_of(utla):
    return sorted(((r["LADCD"], r["LADNM"]) for r in lookup if r["UTLACD"] == utla and r["Current"] == "TRUE"),
                  key=lambda d: d[1])


def tenure_blocks(rng, start_year, end_year, min_len=3, max_len=6):
    """Consecutive tenures from start_year to end_year (None: open-ended to today)."""
    blocks, year = [], start_year
    last = end_year if end_year else 2026
    while year <= last:
        length = rng.randint(min_len, max_len)
        stop = year + length
        month = rng.choice(["03", "07", "09", "12"])
        if stop > last:
            blocks.append((f"{year}", None if end_year is None else f"{end_year}"))
            break
        blocks.append((f"{year}", f"{stop - 1}-{month}"))
        year = stop
    return blocks


def kmeans(points, k, seed_order):
    """Deterministic k-means on (x, y): initial centres chosen farthest-first from seed_order[0]."""
    centres = [points[seed_order[0]]]
    while len(centres) < k:
        far = max(seed_order, key=lambda i: min(math.dist(points[i], c) for c in centres))
        centres.append(points[far])
    for _ in range(50):
        groups = [[] for _ in centres]
        for i, p in enumerate(points):
            groups[min(range(k), key=lambda j: math.dist(p, centres[j]))].append(i)
        new = [(sum(points[i][0] for i in g) / len(g), sum(points[i][1] for i in g) / len(g)) if g else centres[j]
               for j, g in enumerate(groups)]
        if new == centres:
            break
        centres = new
    return groups


def compass(centre, of):
    dx, dy = of[0] - centre[0], of[1] - centre[1]
    angle = math.degrees(math.atan2(dy, dx)) % 360
    names = ["East", "North East", "North", "North West", "West", "South West", "South", "South East"]
    return names[int(((angle + 22.5) % 360) // 45)]


# Which 2013 clinical commissioning group served each district (index into ccg_names below).
CCG_OF = {"Basingstoke and Deane": 0, "Hart": 1, "Rushmoor": 1, "Test Valley": 2, "New Forest": 2, "Winchester": 2,
          "Eastleigh": 2, "East Hampshire": 3, "Havant": 3, "Fareham": 4, "Gosport": 4}


def open_dates():
    """URN -> open date (YYYY-MM-DD) where GIAS gives one: the 2022-04 extract of Hampshire's primaries."""
    dates = {}
    for row in read_csv("gias_hampshire_850_open_primary_20220420.csv"):
        if row["OpenDate"]:
            day, month, year = row["OpenDate"].split("-")
            dates[row["URN"]] = f"{year}-{month}-{day}"
    return dates


def school_note(school, opened):
    day = opened.get(school["URN"])
    if not day or day < "2010-01-01":
        return None
    if "academy" in school["TypeOfEstablishment"].lower() or "free" in school["TypeOfEstablishment"].lower():
        return (f"Opened under this URN on {day} (GIAS). An academy usually carries on a school that had another URN; "
                "that predecessor is not in this data, so the school's cluster and duty to co-operate before that day "
                "are unknown, not absent.")
    return f"Opened on {day} (GIAS)."


def since(start, school_urn, opened):
    """The later of a start (a partial date) and the school's open date: a school takes part only while it exists."""
    day = opened.get(school_urn)
    first = start if len(start) == 10 else start + ("-01-01" if len(start) == 4 else "-01")
    return day if day and day > first else start


CHANGEOVER_RULE = ("The changeover day is taken to be the national deadline for safeguarding partnerships to replace "
                   "the boards, 29 September 2019 (Working Together to Safeguard Children 2018): Hampshire's own date is "
                   "not in the sources. The board ends the day before.")

OPEN_DATE_RULE = ("Derived: a school takes part only while it exists, so this starts on the school's open date (GIAS) "
                  "where that is later; an earlier school it may replace under another URN is unknown.")


def build_hampshire():
    net = Network(HAMPSHIRE)
    people = People()
    out = os.path.join(ROOT, "datasets", "hampshire")
    districts = districts_of(HAMPSHIRE)
    assert len(districts) == 11, districts
    district_id = {name: "district:" + code for code, name in districts}

    # --- schools and postcodes (verbatim rows, trimmed to the columns trustmap uses)
    schools = read_csv("schools_hampshire_850_open_primary_secondary_2022.csv")
    assert len(schools) == 494
    opened = open_dates()
    write_csv(os.path.join(out, "schools.csv"),
              ["urn", "name", "district", "postcode", "easting", "northing", "phase", "type", "town", "source",
               "validFrom", "validTo", "note"],
              [[s["URN"], s["EstablishmentName"], district_id[s["DistrictAdministrative_name"]].split(":")[1],
                s["Postcode"], s["Easting"], s["Northing"], s["PhaseOfEducation"], s["TypeOfEstablishment"],
                s["Town"], "gias-2022", opened.get(s["URN"]), None, school_note(s, opened)]
               for s in sorted(schools, key=lambda s: int(s["URN"]))])
    postcodes = read_csv("codepoint_open_hampshire_county_postcodes_2025-10.csv")
    assert len(postcodes) == 39894
    write_csv(os.path.join(out, "postcodes.csv"), ["postcode", "district", "easting", "northing"],
              [[p["Postcode"], p["Admin_district_code"], p["Eastings"], p["Northings"]]
               for p in sorted(postcodes, key=lambda p: p["Postcode"])])

    # --- bodies named in seed 001, and those that replaced them
    hcc = net.body("Hampshire County Council", "COUNTY_COUNCIL", "STATUTORY", "seed-000",
                   website="https://www.hants.gov.uk/")
    hcs = net.body("Hampshire County Council Children's Services", "CHILDRENS_SERVICES", "STATUTORY", "seed-001")
    net.relate("PART_OF", hcs, hcc, source="seed-001")
    council_names = {"Basingstoke and Deane": "Basingstoke and Deane Borough Council",
                     "East Hampshire": "East Hampshire District Council", "Eastleigh": "Eastleigh Borough Council",
                     "Fareham": "Fareham Borough Council", "Gosport": "Gosport Borough Council",
                     "Hart": "Hart District Council", "Havant": "Havant Borough Council",
                     "New Forest": "New Forest District Council", "Rushmoor": "Rushmoor Borough Council",
                     "Test Valley": "Test Valley Borough Council", "Winchester": "Winchester City Council"}
    council = {}
    for code, name in districts:
        council[name] = net.body(council_names[name], "DISTRICT_COUNCIL", "STATUTORY", "seed-001")
        net.relate("BASED_IN", council[name], district_id[name], source="seed-001")
    police = net.body("Hampshire Constabulary", "POLICE", "STATUTORY", "seed-001")
    pct = net.body("Hampshire Primary Care Trust", "HEALTH_COMMISSIONER", "STATUTORY", "seed-001",
                   validFrom="2006-10", validTo="2013-03-31")
    sha = net.body("South Central Strategic Health Authority", "STRATEGIC_HEALTH_AUTHORITY", "STATUTORY", "seed-001",
                   validFrom="2006-07", validTo="2013-03-31")
    ccg_names = ["North Hampshire Clinical Commissioning Group", "North East Hampshire and Farnham Clinical Commissioning Group",
                 "West Hampshire Clinical Commissioning Group", "South Eastern Hampshire Clinical Commissioning Group",
                 "Fareham and Gosport Clinical Commissioning Group"]
    ccgs = [net.body(n, "HEALTH_COMMISSIONER", "STATUTORY", "public-record", validFrom="2013-04-01",
                     validTo="2022-06-30",
                     note="Later mergers between 2018 and 2021 are left out: each is shown until the ICB took over.")
            for n in ccg_names]
    icb = net.body("NHS Hampshire and Isle of Wight Integrated Care Board", "HEALTH_COMMISSIONER", "STATUTORY",
                   "public-record", validFrom="2022-07-01")
    for ccg in ccgs:
        net.relate("SUCCEEDED_BY", pct, ccg, validFrom="2013-04-01", source="public-record")
        net.relate("SUCCEEDED_BY", ccg, icb, validFrom="2022-07-01", source="public-record")
    lsc = net.body("Learning and Skills Council", "LEARNING_AND_SKILLS", "STATUTORY", "seed-001", validTo="2010-03-31")
    early = net.body("Hampshire early years settings and Sure Start Children's Centres", "EARLY_YEARS", "STATUTORY",
                     "seed-001", note="The seed names these as one partner; trustmap keeps them as one body.")
    yot = net.body("Wessex Youth Offending Team", "YOUTH_OFFENDING", "STATUTORY", "seed-001")
    probation = net.body("Hampshire Probation Service", "PROBATION", "STATUTORY", "seed-001")
    fire = net.body("Hampshire Fire and Rescue Service", "FIRE_AND_RESCUE", "STATUTORY", "seed-001")
    jcp = net.body("Jobcentre Plus", "JOBCENTRE_PLUS", "STATUTORY", "seed-001")
    alliance = net.body("Hampshire Alliance", "VCS_INFRASTRUCTURE", "VOLUNTARY_AND_COMMUNITY", "seed-001",
                        note="Supports local voluntary sector organisations on the Local Children's Partnerships (seed 001).")
    net.relate("BASED_IN", alliance, "authority:" + HAMPSHIRE, source="seed-001")
    cvs = {}
    for code, name in districts:
        cvs[name] = net.body(f"{name} Council for Voluntary Service", "COUNCIL_FOR_VOLUNTARY_SERVICE",
                             "VOLUNTARY_AND_COMMUNITY", "illustrative", illustrative=True,
                             website=f"https://{slug(name)}-cvs.example.org/", email=f"hello@{slug(name)}-cvs.example.org",
                             note="Placeholder name and contact: replace with the district's own council for voluntary service.")
        net.relate("BASED_IN", cvs[name], district_id[name], source="illustrative")
        net.relate("SUPPORTED_BY", cvs[name], alliance, source="seed-001")

    # --- the Trust, its four parts and the partnerships around it
    trust = net.partnership("Hampshire Children's Trust", "CHILDRENS_TRUST", "seed-000", validFrom="2006",
                            note="Started with the first Children and Young People's Plan, six years before the third (seed 003).")
    net.relate("COVERS", trust, "authority:" + HAMPSHIRE, source="seed-000")
    net.relate("LEADS", hcc, trust, source="seed-004")
    board = net.partnership("Hampshire Children's Trust Board", "TRUST_BOARD", "seed-000", validFrom="2006", statutory=True,
                            note="Made statutory by the Apprenticeships, Skills, Children and Learning Act 2009.")
    business = net.partnership("Hampshire Children's Trust Business Group", "BUSINESS_GROUP", "seed-000", validFrom="2006")
    specific = net.partnership("Hampshire Children's Trust Specific Arrangements", "SPECIFIC_ARRANGEMENTS", "seed-000",
                               validFrom="2006")
    yos_board = net.partnership("Youth Offending Service Management Board", "YOUTH_OFFENDING_MANAGEMENT_BOARD", "seed-000",
                                id="partnership:hampshire-youth-offending-service-management-board")
    hscb = net.partnership("Hampshire Safeguarding Children Board", "SAFEGUARDING_BOARD", "seed-000",
                           validFrom="2006-04", validTo="2019-09-28", statutory=True, derived=True,
                           derivationRule=CHANGEOVER_RULE)
    hscp = net.partnership("Hampshire Safeguarding Children Partnership", "SAFEGUARDING_PARTNERSHIP", "public-record",
                           validFrom="2019-09-29", statutory=True, derived=True, derivationRule=CHANGEOVER_RULE)
    net.relate("SUCCEEDED_BY", hscb, hscp, validFrom="2019-09-29", source="public-record")
    for part in (board, business, specific):
        net.relate("PART_OF", part, trust, source="seed-000")
    for part in (yos_board, hscb):
        net.relate("PART_OF", part, specific, source="seed-000")
    net.relate("PART_OF", hscp, specific, validFrom="2019-09-29", source="public-record")
    chairs = net.partnership("Hampshire Local Children's Partnerships Chairs Group", "CHAIRS_GROUP", "seed-001",
                             validFrom="2010")
    net.relate("REPORTS_TO", chairs, board, validFrom="2010", source="seed-001")
    lsp = net.partnership("Hampshire Local Strategic Partnership", "LOCAL_STRATEGIC_PARTNERSHIP", "seed-002",
                          note="Name descriptive: the county's LSP.")
    net.relate("COVERS", lsp, "authority:" + HAMPSHIRE, source="seed-002")
    net.relate("THEMATIC_PARTNERSHIP_OF", trust, lsp, source="seed-002")
    net.relate("REPORTS_TO", board, lsp, source="seed-002")
    net.relate("MUST_CONSULT", board, hscb, validTo="2019-09-28", source="seed-002")
    net.relate("MUST_CONSULT", board, hscp, validFrom="2019-09-29", source="seed-002")
    teen = net.partnership("Hampshire Teenage Pregnancy Partnership", "TEENAGE_PREGNANCY_PARTNERSHIP", "seed-001")
    district_lsp, cdrp = {}, {}
    for code, name in districts:
        district_lsp[name] = net.partnership(f"{name} Local Strategic Partnership", "LOCAL_STRATEGIC_PARTNERSHIP", "seed-001",
                                             note="District LSPs exist (seed 001); the name is descriptive.")
        net.relate("COVERS", district_lsp[name], district_id[name], source="seed-001")
        cdrp[name] = net.partnership(f"{name} Community Safety Partnership", "CRIME_AND_DISORDER_PARTNERSHIP", "seed-004",
                                     note="The district's Crime and Disorder Reduction Partnership; the name is descriptive.")
        net.relate("COVERS", cdrp[name], district_id[name], source="seed-004")

    # --- the plan, the agreement and the outcomes
    cypp = "plan:hampshire-cypp-2012-2015"
    net.plans.append({"id": cypp, "name": "Hampshire Children and Young People's Plan 2012-2015", "kind": "CYPP",
                      "edition": 3, "validFrom": "2012", "validTo": "2015",
                      "priorities": ["Early help for children, young people and families",
                                     "High-quality specialist services for those who need them most",
                                     "Narrowing the gap in outcomes"],
                      "source": "seed-003"})
    net.relate("OWNS", board, cypp, source="seed-000")
    laa = "agreement:hampshire-laa-2008-2011"
    net.agreements.append({"id": laa, "name": "Hampshire Local Area Agreement 2008-2011", "validFrom": "2008",
                           "validTo": "2011", "source": "seed-002",
                           "note": "LAAs ran from 2008 to 2011; the CYPP sets out the strategy for its children's targets."})
    net.relate("STRATEGY_FOR", cypp, laa, source="seed-002")
    for outcome in ["be-healthy", "stay-safe", "enjoy-and-achieve", "make-a-positive-contribution",
                    "achieve-economic-well-being"]:
        net.relate("WORKS_TO", trust, "outcome:" + outcome, source="seed-002")

    # --- duty to co-operate (the law) and the other partners Hampshire lists (seed 001)
    ca = "Children Act 2004 s10"
    # The duty applies from April 2005, but it is a duty towards the Trust only from the Trust's own start.
    duty_start = {"validFrom": "2006", "derived": True,
                  "note": "The duty applies from April 2005 (Children Act 2004 s10); derived: towards the Trust only "
                          "from the Trust's start (2006)."}
    ascl = "Apprenticeships, Skills, Children and Learning Act 2009"
    for name in council:
        net.relate("DUTY_TO_COOPERATE", council[name], trust, basis=ca, source="seed-002", **duty_start)
    net.relate("DUTY_TO_COOPERATE", police, trust, basis=ca, source="seed-002", **duty_start)
    net.relate("DUTY_TO_COOPERATE", pct, trust, basis=ca, validFrom="2006-10", validTo="2013-03-31", source="seed-002")
    net.relate("DUTY_TO_COOPERATE", sha, trust, basis=ca, validFrom="2006-07", validTo="2013-03-31", source="seed-002")
    for ccg in ccgs:
        net.relate("DUTY_TO_COOPERATE", ccg, trust, basis=ca + " (as amended, 2012)", validFrom="2013-04-01",
                   validTo="2022-06-30", source="public-record")
    net.relate("DUTY_TO_COOPERATE", icb, trust, basis=ca + " (as amended, 2022)", validFrom="2022-07-01",
               source="public-record")
    net.relate("DUTY_TO_COOPERATE", probation, trust, basis=ca, source="seed-002", **duty_start)
    net.relate("DUTY_TO_COOPERATE", yot, trust, basis=ca, source="seed-002", **duty_start)
    net.relate("DUTY_TO_COOPERATE", lsc, trust, basis=ca, validTo="2010-03-31", source="seed-004", **duty_start)
    net.relate("DUTY_TO_COOPERATE", jcp, trust, basis=ascl, validFrom="2010-04", source="seed-004")
    for school in schools:
        start = since("2010-04", school["URN"], opened)
        extra = {} if start == "2010-04" else {"derived": True, "note": OPEN_DATE_RULE}
        net.relate("DUTY_TO_COOPERATE", "school:" + school["URN"], trust, basis=ascl, validFrom=start,
                   source="seed-004", **extra)
    for partner in (fire, early, alliance):
        net.relate("PARTNER_IN", partner, trust, source="seed-001")

    # --- school clusters: one per secondary school with its nearest primaries (derived), Hart's by town (documented)
    by_district = {}
    for s in schools:
        by_district.setdefault(s["DistrictAdministrative_name"], []).append(s)
    cluster_of = {}
    cluster_pos = {}
    cluster_members = {}
    cluster_rule = ("Derived: one cluster per secondary (or all-through) school in the district, each primary school "
                    "joining the cluster of the nearest secondary school in its district; a school opened after 2010 "
                    "joins on its open date (GIAS). Hampshire's LCPs were developing around clusters of schools "
                    "(seed 001) whose membership is not published.")
    hart_rule = ("Derived: one cluster per town with a secondary school (Yateley, Fleet, and Hook's Robert May's School "
                 "for Odiham), each primary school joining the nearest of them; a school opened after 2010 joins on "
                 "its open date (GIAS). No seed names Hart's clusters.")
    havant_rule = cluster_rule
    for dname, members in sorted(by_district.items()):
        seconds = sorted([s for s in members if s["PhaseOfEducation"] != "Primary"], key=lambda s: int(s["URN"]))
        if dname == "Hart":
            town_cluster = {"Yateley": "Yateley", "Fleet": "Fleet", "Hook": "Odiham"}
            hubs = [(town_cluster[s["Town"]], s) for s in seconds]
            rule = hart_rule
        else:
            hubs = [(s["EstablishmentName"], s) for s in seconds]
            rule = havant_rule if dname == "Havant" else cluster_rule
        names = sorted(set(h[0] for h in hubs))
        for cname in names:
            cid = "cluster:" + slug(dname + "-" + cname)
            net.clusters.append({"id": cid, "name": f"{cname} cluster", "district": district_id[dname],
                                 "derived": True, "derivationRule": rule,
                                 "source": "gias-2022"})
            cluster_members[cid] = []
        for s in sorted(members, key=lambda s: int(s["URN"])):
            p = (int(s["Easting"]), int(s["Northing"]))
            cname, hub = min(hubs, key=lambda h: (math.dist(p, (int(h[1]["Easting"]), int(h[1]["Northing"]))), h[1]["URN"]))
            cid = "cluster:" + slug(dname + "-" + cname)
            cluster_of[s["URN"]] = cid
            cluster_members[cid].append(s)
        for cid, ms in cluster_members.items():
            if cid not in cluster_pos and ms:
                cluster_pos[cid] = (sum(int(m["Easting"]) for m in ms) / len(ms), sum(int(m["Northing"]) for m in ms) / len(ms))
    write_csv(os.path.join(out, "school-clusters.csv"), ["urn", "cluster", "validFrom", "validTo"],
              [[urn, cluster_of[urn], since("2010", urn, opened), None] for urn in sorted(cluster_of, key=int)])

    # --- LCPs: about 20 in 2010 (seed 001), one per district by 2023 (documented)
    lcp_count = {"Basingstoke and Deane": 4, "New Forest": 3, "East Hampshire": 2, "Havant": 2, "Test Valley": 2,
                 "Winchester": 2, "Eastleigh": 1, "Fareham": 1, "Gosport": 1, "Hart": 1, "Rushmoor": 1}
    assert sum(lcp_count.values()) == 20
    lcp_rule = ("Derived: seed 001 says LCPs were developing around clusters of schools, in the order of 20 at first, "
                "more than one in some districts. The number per district is assumed, and the district's clusters are "
                "grouped by geography (k-means on cluster centres) into that many LCPs, named after the district or "
                "the compass point of the group within it. One LCP per district from 2023 is assumed, not sourced.")
    reorganised = "2022-12-31"
    lcps_2010, lcps_now, steering = {}, {}, {}
    for code, dname in districts:
        cids = sorted(c for c in cluster_members if c.startswith("cluster:" + slug(dname) + "-"))
        k = lcp_count[dname]
        did = district_id[dname]
        if k == 1:
            lid = net.partnership(f"{dname} Local Children's Partnership", "LOCAL_CHILDRENS_PARTNERSHIP",
                                  "seed-001", validFrom="2010", derived=True, derivationRule=lcp_rule,
                                  id="partnership:" + slug(dname) + "-lcp")
            lcps_2010[dname] = [(lid, cids)]
            lcps_now[dname] = lid
        else:
            pts = [cluster_pos[c] for c in cids]
            groups = kmeans(pts, k, list(range(len(cids))))
            centre = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
            entries = []
            northmost = max(range(k), key=lambda g: sum(pts[i][1] for i in groups[g]) / len(groups[g]))
            for g, members in enumerate(groups):
                gc = (sum(pts[i][0] for i in members) / len(members), sum(pts[i][1] for i in members) / len(members))
                if dname == "Basingstoke and Deane" and g == northmost:
                    name = "North Hampshire Local Children's Partnership"
                else:
                    name = f"{dname} {compass(centre, gc)} Local Children's Partnership"
                lid = net.partnership(name, "LOCAL_CHILDRENS_PARTNERSHIP", "seed-001", validFrom="2010",
                                      validTo=reorganised, derived=True, derivationRule=lcp_rule,
                                      id="partnership:" + slug(name.replace("Local Children's Partnership", "lcp")))
                entries.append((lid, sorted(cids[i] for i in members)))
            lcps_2010[dname] = sorted(entries)
            sg = net.partnership(f"{dname} LCP Steering Group", "STEERING_GROUP", "seed-001", validFrom="2010",
                                 validTo=reorganised, derived=True, derivationRule="A Steering Group coordinates where a "
                                 "district has more than one LCP and links them to the district's LSP (seed 001).")
            steering[dname] = sg
            net.relate("COVERS", sg, did, validFrom="2010", validTo=reorganised, source="seed-001")
            net.relate("LINKS_TO", sg, district_lsp[dname], validFrom="2010", validTo=reorganised, source="seed-001")
            net.relate("PART_OF", sg, trust, validFrom="2010", validTo=reorganised, source="seed-001")
            for lid, _ in entries:
                net.relate("COORDINATES", sg, lid, validFrom="2010", validTo=reorganised, source="seed-001")
            now = net.partnership(f"{dname} Local Children's Partnership", "LOCAL_CHILDRENS_PARTNERSHIP", "seed-000",
                                  validFrom="2023", derived=True,
                                  derivationRule="Assumed: one LCP per district from 2023 (not in the seeds); "
                                  "the reorganisation date is assumed to be the start of 2023.",
                                  id="partnership:" + slug(dname) + "-lcp")
            lcps_now[dname] = now
            for lid, _ in entries:
                net.relate("SUCCEEDED_BY", lid, now, validFrom="2023", source="seed-000")
        for lid, cs in lcps_2010[dname]:
            single = k == 1
            start = "2010"
            end = None if single else reorganised
            net.relate("PART_OF", lid, trust, validFrom=start, validTo=end, source="seed-000")
            net.relate("COVERS", lid, did, validFrom=start, validTo=end, source="seed-001")
            net.relate("LINKS_TO", lid, cdrp[dname], validFrom=start, validTo=end, source="seed-001")
            net.relate("LINKS_TO", lid, teen, validFrom=start, validTo=end, source="seed-001")
            if single:
                net.relate("LINKS_TO", lid, district_lsp[dname], validFrom=start, source="seed-001")
            for cid in cs:
                net.relate("BUILT_AROUND", lid, cid, validFrom=start, validTo=end,
                           source="seed-001", derived=True)
        if k > 1:
            now = lcps_now[dname]
            net.relate("PART_OF", now, trust, validFrom="2023", source="seed-000")
            net.relate("COVERS", now, did, validFrom="2023", source="seed-000")
            net.relate("LINKS_TO", now, cdrp[dname], validFrom="2023", source="seed-001")
            net.relate("LINKS_TO", now, teen, validFrom="2023", source="seed-001")
            net.relate("LINKS_TO", now, district_lsp[dname], validFrom="2023", source="seed-001")
            for cid in cids:
                net.relate("BUILT_AROUND", now, cid, validFrom="2023", source="seed-001", derived=True)

    # --- the public office holders named in the seeds
    hardy = "person:colin-hardy"
    perry = "person:roy-perry"
    coughlan = "person:john-coughlan"
    people.people += [
        {"id": hardy, "name": "Colin Hardy", "source": "seed-001"},
        {"id": perry, "name": "Roy Perry", "honorific": "Cllr", "source": "seed-003"},
        {"id": coughlan, "name": "John Coughlan", "honorificSuffix": "CBE", "source": "seed-003"},
    ]
    p = net.post(hcs, "Head of Partnerships", "OFFICER")
    net.member(hardy, p, "2010-02", "2010-02", source="seed-001")
    p = net.post(hcc, "Executive Lead Member for Children's Services", "LEAD_MEMBER")
    net.member(perry, p, "2012", "2015", source="seed-003")
    p = net.post(hcc, "Director of Children's Services and Deputy Chief Executive", "DIRECTOR_OF_CHILDRENS_SERVICES")
    net.member(coughlan, p, "2012", "2015", source="seed-003")

    # --- the Board's seats
    def seat(partnership, name, role, holders, sector=None, area=None, **post_extra):
        post = net.post(partnership, name, role, sector=sector, area=area, **post_extra)
        for h in holders:
            person, start, end, *rest = h
            on_behalf, rest = (rest[0], rest[1:]) if rest else (None, [])
            net.member(person, post, start, end, role=rest[0] if rest else "MEMBER", on_behalf_of=on_behalf,
                       source=rest[1] if len(rest) > 1 else "illustrative")
        return post

    pn = people.new
    seat(board, "Chair (Executive Lead Member for Children's Services)", "LEAD_MEMBER",
         [(pn(False), "2006", "2011", hcc, "CHAIR"), (perry, "2012", "2015", hcc, "CHAIR", "seed-003"),
          (pn(False), "2016", "2021-05", hcc, "CHAIR"), (pn(False), "2021-06", None, hcc, "CHAIR")])
    seat(board, "Director of Children's Services", "DIRECTOR_OF_CHILDRENS_SERVICES",
         [(pn(False), "2006", "2011", hcs), (coughlan, "2012", "2015", hcs, "MEMBER", "seed-003"),
          (pn(False), "2016", None, hcs)])
    board_vcs1 = seat(board, "Voluntary sector representative (Hampshire Alliance)", "VCS_REPRESENTATIVE",
                      [(pn(True), "2006", "2010-03", alliance), (pn(True), "2010-04", "2014-03", alliance),
                       (pn(True), "2014-04", "2019-06", alliance), (pn(True), "2019-07", None, alliance)],
                      sector="VOLUNTARY_AND_COMMUNITY")
    seat(board, "Voluntary sector representative (councils for voluntary service)", "VCS_REPRESENTATIVE",
         [(pn(True), "2010-04", "2013-08", cvs["Winchester"]), (pn(True), "2013-09", "2018-02", cvs["Havant"]),
          (pn(True), "2018-03", "2024-06", cvs["Test Valley"])],
         sector="VOLUNTARY_AND_COMMUNITY", validFrom="2010-04")
    seat(board, "Police representative", "MEMBER", [(pn(False), "2006", "2013", police), (pn(False), "2014", None, police)])
    seat(board, "Health commissioning representative", "MEMBER",
         [(pn(False), "2006-10", "2013-03", pct), (pn(False), "2013-04", "2022-06", ccgs[2]), (pn(False), "2022-07", None, icb)])
    seat(board, "Lead GP", "LEAD_GP", [(pn(False), "2008", "2013-03", pct), (pn(False), "2013-04", "2022-06", ccgs[0]),
                                        (pn(False), "2022-07", None, icb)])
    seat(board, "Learning and Skills Council representative", "MEMBER", [(pn(False), "2006", "2010-03", lsc)],
         validTo="2010-03-31")
    seat(board, "Probation representative", "MEMBER", [(pn(False), "2006", None, probation)])
    seat(board, "Youth offending representative", "MEMBER", [(pn(False), "2006", "2016", yot), (pn(False), "2017", None, yot)])
    seat(board, "District and borough councils representative", "MEMBER",
         [(pn(False), "2006", "2012-05", council["Winchester"]), (pn(False), "2012-06", "2018-05", council["Hart"]),
          (pn(False), "2018-06", None, council["Test Valley"])], sector="STATUTORY")
    primaries = sorted([s for s in schools if s["PhaseOfEducation"] == "Primary"], key=lambda s: int(s["URN"]))
    secondaries = sorted([s for s in schools if s["PhaseOfEducation"] != "Primary"], key=lambda s: int(s["URN"]))
    seat(board, "Primary head teacher representative", "HEAD_TEACHER_REPRESENTATIVE",
         [(pn(False), "2010-04", "2015-08", "school:" + primaries[40]["URN"]),
          (pn(False), "2015-09", None, "school:" + primaries[200]["URN"])], sector="EDUCATION", validFrom="2010-04")
    seat(board, "Secondary head teacher representative", "HEAD_TEACHER_REPRESENTATIVE",
         [(pn(False), "2010-04", "2016-08", "school:" + secondaries[10]["URN"]),
          (pn(False), "2016-09", None, "school:" + secondaries[30]["URN"])], sector="EDUCATION", validFrom="2010-04")
    seat(board, "Fire and rescue representative", "MEMBER", [(pn(False), "2008", None, fire)])
    seat(board, "Jobcentre Plus representative", "MEMBER", [(pn(False), "2010-04", None, jcp)], validFrom="2010-04")
    seat(board, "Early years and children's centres representative", "MEMBER", [(pn(False), "2006", None, early)])
    seat(board, "Parent and carer representative", "PARENT_CARER_REPRESENTATIVE", [(pn(False), "2009", "2014"),
                                                                                   (pn(False), "2015", None)])

    # --- Business Group, safeguarding boards, YOS board
    seat(business, "Chair", "CHAIR", [(pn(False), "2006", "2013", hcs, "CHAIR"), (pn(False), "2014", None, hcs, "CHAIR")])
    seat(business, "Voluntary sector representative", "VCS_REPRESENTATIVE",
         [(pn(True), "2008", "2015", alliance), (pn(True), "2016", None, alliance)], sector="VOLUNTARY_AND_COMMUNITY")
    seat(business, "Health representative", "MEMBER", [(pn(False), "2006-10", "2013-03", pct), (pn(False), "2013-04", "2022-06", ccgs[3]),
                                                        (pn(False), "2022-07", None, icb)])
    seat(business, "Police representative", "MEMBER", [(pn(False), "2006", None, police)])
    seat(hscb, "Independent chair", "CHAIR", [(pn(False), "2006-04", "2012"), (pn(False), "2013", "2019-09-28")],
         validFrom="2006-04", validTo="2019-09-28")
    seat(hscb, "Voluntary sector representative", "VCS_REPRESENTATIVE",
         [(pn(True), "2006-04", "2012"), (pn(True), "2013", "2019-09-28", alliance)], sector="VOLUNTARY_AND_COMMUNITY",
         validFrom="2006-04", validTo="2019-09-28")
    seat(hscb, "Police representative", "MEMBER", [(pn(False), "2006-04", "2019-09-28", police)], validFrom="2006-04", validTo="2019-09-28")
    seat(hscp, "Independent scrutineer", "CHAIR", [(pn(False), "2019-09-29", None)], validFrom="2019-09-29")
    seat(hscp, "Local authority safeguarding partner", "MEMBER", [(pn(False), "2019-09-29", None, hcs)], validFrom="2019-09-29")
    seat(hscp, "Police safeguarding partner", "MEMBER", [(pn(False), "2019-09-29", None, police)], validFrom="2019-09-29")
    seat(hscp, "Health safeguarding partner", "MEMBER", [(pn(False), "2019-09-29", "2022-06", ccgs[4]), (pn(False), "2022-07", None, icb)],
         validFrom="2019-09-29")
    seat(hscp, "Voluntary sector relevant agency representative", "VCS_REPRESENTATIVE", [(pn(True), "2019-09-29", None, alliance)],
         sector="VOLUNTARY_AND_COMMUNITY", validFrom="2019-09-29")
    seat(yos_board, "Chair", "CHAIR", [(pn(False), "2008", None, hcs, "CHAIR")])
    seat(yos_board, "Probation representative", "MEMBER", [(pn(False), "2008", None, probation)])

    # --- LCP seats; the chairs also sit on the Chairs Group; steering groups and sub-groups
    rng = net.rng
    no_vcs_post = {"partnership:gosport-lcp"}                  # the gap: no voluntary-sector seat at all
    vacant_since = {"partnership:rushmoor-lcp": "2025-06",    # a seat that exists but is empty today
                    "partnership:test-valley-north-lcp": "2014-03"}
    vcs_holder = {}
    ended_health = []
    secondary_in = {}
    for s in secondaries:
        secondary_in.setdefault(cluster_of[s["URN"]], []).append(s)
    all_lcps = []
    for code, dname in districts:
        for lid, cs in lcps_2010[dname]:
            all_lcps.append((dname, lid, cs, "2010", None if lcp_count[dname] == 1 else "2022"))
        if lcp_count[dname] > 1:
            cids = sorted(c for c in cluster_members if c.startswith("cluster:" + slug(dname) + "-"))
            all_lcps.append((dname, lcps_now[dname], cids, "2023", None))
    for dname, lid, cs, start, end in all_lcps:
        did = district_id[dname]
        post_dates = {"validFrom": start, **({"validTo": reorganised} if end else {})}
        lname = next(p["name"] for p in net.partnerships if p["id"] == lid)
        chair_post = net.post(lid, "Chair", "CHAIR", area=did, **post_dates)
        chairs_seat = net.post(chairs, f"Chair of {lname}", "MEMBER", area=did, **post_dates)
        for b_start, b_end in tenure_blocks(rng, int(start), int(end) if end else None):
            person = pn(True)
            b_end = (reorganised if b_end == end else b_end) if end else b_end
            net.member(person, chair_post, b_start, b_end, role="CHAIR", on_behalf_of=council[dname] if rng.random() < 0.3 else hcs)
            net.member(person, chairs_seat, b_start, b_end, role="MEMBER")
        if lid not in no_vcs_post:
            vp = net.post(lid, "Voluntary sector representative", "VCS_REPRESENTATIVE", sector="VOLUNTARY_AND_COMMUNITY",
                          area=did, **post_dates)
            stop = vacant_since.get(lid)
            holders = []
            for b_start, b_end in tenure_blocks(rng, int(start), int(end) if end else None, 3, 5):
                if stop and b_start >= stop[:4]:
                    break
                b_end = (reorganised if b_end == end else b_end) if end else b_end
                if stop and (b_end is None or b_end >= stop):
                    b_end = stop
                holders.append((pn(True), b_start, b_end))
                net.member(holders[-1][0], vp, b_start, b_end, on_behalf_of=cvs[dname])
            vcs_holder[lid] = holders
        net.member(pn(False), net.post(lid, "District council representative", "MEMBER", area=did, **post_dates),
                   start, reorganised if end else None, on_behalf_of=council[dname])
        net.member(pn(False), net.post(lid, "Police representative", "MEMBER", area=did, **post_dates),
                   start, reorganised if end else None, on_behalf_of=police)
        health = net.post(lid, "Health representative", "MEMBER", area=did, **post_dates)
        if int(start) < 2013:
            net.member(pn(False), health, start, "2013-03", on_behalf_of=pct)
            net.member(pn(False), health, "2013-04", "2022-06", on_behalf_of=ccgs[CCG_OF[dname]])
        if end:
            ended_health.append(health)  # its ICB holder is invented last, so that earlier invented names stay put
        else:
            net.member(pn(False), health, max(start, "2022-07"), None, on_behalf_of=icb)
        hub = next((secondary_in[c][0] for c in cs if c in secondary_in), None)
        if hub:
            net.member(pn(False), net.post(lid, "Secondary head teacher representative", "HEAD_TEACHER_REPRESENTATIVE",
                                           sector="EDUCATION", area=did, **post_dates),
                       start, reorganised if end else None, on_behalf_of="school:" + hub["URN"])
        net.member(pn(False), net.post(lid, "District Manager, Children and Families", "MEMBER", area=did, **post_dates),
                   start, reorganised if end else None, on_behalf_of=hcs)
        net.member(pn(False), net.post(lid, "Youth offending representative", "MEMBER", area=did, **post_dates),
                   start, reorganised if end else None, on_behalf_of=yot)

    for dname, sg in sorted(steering.items()):
        did = district_id[dname]
        dates = {"validFrom": "2010", "validTo": reorganised}
        net.member(pn(False), net.post(sg, "Chair", "CHAIR", area=did, **dates), "2010", reorganised, role="CHAIR",
                   on_behalf_of=council[dname])
        vp = net.post(sg, "Voluntary sector representative", "VCS_REPRESENTATIVE", sector="VOLUNTARY_AND_COMMUNITY",
                      area=did, **dates)
        first_lcp = sorted(l for l, _ in lcps_2010[dname])[0]
        for person, b_start, b_end in vcs_holder.get(first_lcp, []):
            net.member(person, vp, b_start, b_end, on_behalf_of=cvs[dname])
        net.member(pn(False), net.post(sg, "District council representative", "MEMBER", area=did, **dates), "2010",
                   reorganised, on_behalf_of=council[dname])

    subgroups = [("partnership:hart-lcp", "Early Help sub-group", "2012"),
                 ("partnership:north-hampshire-lcp", "Emotional Wellbeing sub-group", "2011"),
                 ("partnership:havant-lcp", "Early Help sub-group", "2023"),
                 ("partnership:rushmoor-lcp", "Youth Voice sub-group", "2014"),
                 ("partnership:new-forest-lcp", "Young Carers sub-group", "2023")]
    for lid, name, start in subgroups:
        parent = next(p for p in net.partnerships if p["id"] == lid)
        end = parent.get("validTo")
        sid = net.partnership(f"{parent['name']} {name}", "SUB_GROUP", "illustrative", validFrom=start,
                              illustrative=True, **({"validTo": end} if end else {}),
                              id=lid.replace("partnership:", "partnership:") + "-" + slug(name))
        net.relate("SUB_GROUP_OF", sid, lid, validFrom=start, validTo=end, source="seed-001")
        did = next(r["to"] for r in net.relations if r["type"] == "COVERS" and r["from"] == lid)
        vp = net.post(sid, "Voluntary sector representative", "VCS_REPRESENTATIVE", sector="VOLUNTARY_AND_COMMUNITY",
                      area=did, validFrom=start, **({"validTo": end} if end else {}))
        holders = [h for h in vcs_holder.get(lid, []) if h[2] is None or h[2] >= start]
        for person, b_start, b_end in holders:
            net.member(person, vp, max(b_start, start), b_end, on_behalf_of=cvs[next(
                d for d, i in district_id.items() if i == did)])

    for health in ended_health:
        net.member(pn(False), health, "2022-07", reorganised, on_behalf_of=icb)

    # relations with None values are dropped for tidiness
    relations = [{k: v for k, v in r.items() if v is not None} for r in net.relations]
    document = {
        "format": "trustmap-network",
        "formatVersion": 1,
        "authority": {"id": "authority:" + HAMPSHIRE, "name": "Hampshire", "onsCode": HAMPSHIRE, "laCode": "850",
                      "kind": "COUNTY", "coverage": "NETWORK", "dataAsAt": VERIFIED, "source": "ons-lad-lookup"},
        "description": ("Hampshire's Children's Trust partner network, from the seed documents and open data. "
                        "Seat holders other than the three named public office holders are illustrative."),
        "sources": SOURCE_LIST,
        "districts": [{"id": district_id[n], "name": n, "onsCode": c, "source": "ons-lad-lookup"} for c, n in districts],
        "partnerships": [{k: v for k, v in p.items() if v is not None and v is not False} for p in net.partnerships],
        "clusters": net.clusters,
        "plans": net.plans,
        "agreements": net.agreements,
        "people": sorted(people.people, key=lambda p: p["id"]),
        "posts": net.posts,
        "memberships": net.memberships,
        "relations": relations,
        "files": {"bodies": "bodies.csv", "schools": "schools.csv", "schoolClusters": "school-clusters.csv",
                  "postcodes": "postcodes.csv"},
    }
    write_bodies(os.path.join(out, "bodies.csv"), net.bodies)
    write_json(os.path.join(out, "network.json"), document)
    return document


BODY_COLUMNS = ["id", "name", "kind", "sector", "validFrom", "validTo", "website", "email", "phone", "illustrative",
                "source", "note"]


def write_bodies(path, bodies):
    write_csv(path, BODY_COLUMNS, [[("true" if b.get(c) else "") if c == "illustrative" else b.get(c) for c in BODY_COLUMNS]
                                   for b in bodies])


def build_kent():
    net = Network(KENT)
    out = os.path.join(ROOT, "datasets", "kent")
    districts = districts_of(KENT)
    kcc = net.body("Kent County Council", "COUNTY_COUNCIL", "STATUTORY", "seed-004",
                   note="Local authorities lead Children's Trusts (seed 004).")
    kct = net.partnership("Kent Children's Trust", "CHILDRENS_TRUST", "seed-004", validFrom="2007", derived=True,
                          derivationRule="Its first year came before September 2008 (seed 004): the start year is inferred.")
    kp = net.partnership("Kent Partnership", "LOCAL_STRATEGIC_PARTNERSHIP", "seed-004")
    net.relate("LEADS", kcc, kct, source="seed-004")
    net.relate("COVERS", kct, "authority:" + KENT, source="seed-004")
    net.relate("COVERS", kp, "authority:" + KENT, source="seed-004")
    net.relate("REPORTS_TO", kct, kp, source="seed-004")
    net.relate("THEMATIC_PARTNERSHIP_OF", kct, kp, source="seed-004")
    for i in range(1, 24):
        lid = net.partnership(f"Kent Local Children's Services Partnership {i}", "LOCAL_CHILDRENS_PARTNERSHIP", "seed-004",
                              validFrom="2008-09", illustrative=True,
                              note="Placeholder name: seed 004 says Kent set up 23 such partnerships, each working in a "
                                   "particular community, without naming them.",
                              id=f"partnership:kent-lcsp-{i:02d}")
        net.relate("REPORTS_TO", lid, kct, validFrom="2008-09", source="seed-004")
        net.relate("PART_OF", lid, kct, validFrom="2008-09", source="seed-004")
    document = {
        "format": "trustmap-network",
        "formatVersion": 1,
        "authority": {"id": "authority:" + KENT, "name": "Kent", "onsCode": KENT, "laCode": "886", "kind": "COUNTY",
                      "coverage": "STRUCTURE", "dataAsAt": "2008-09", "source": "ons-lad-lookup"},
        "description": "Kent's Children's Trust structure as seed 004 describes it (2008): structure only, no people.",
        "sources": [s for s in SOURCE_LIST if s["id"] in ("seed-004", "ons-lad-lookup")],
        "districts": [{"id": "district:" + c, "name": n, "onsCode": c, "source": "ons-lad-lookup"} for c, n in districts],
        "partnerships": [{k: v for k, v in p.items() if v is not None and v is not False} for p in net.partnerships],
        "clusters": [], "plans": [], "agreements": [], "people": [], "posts": [], "memberships": [],
        "relations": [{k: v for k, v in r.items() if v is not None} for r in net.relations],
        "files": {"bodies": "bodies.csv"},
    }
    write_bodies(os.path.join(out, "bodies.csv"), net.bodies)
    write_json(os.path.join(out, "network.json"), document)


def build_structure(folder, code, name, la_code, description, build, kind="UNITARY"):
    """A unitary authority's Children's Trust as far as seed 004 describes it: partnerships, no seats."""
    net = Network(code)
    build(net)
    document = {
        "format": "trustmap-network",
        "formatVersion": 1,
        "authority": {"id": "authority:" + code, "name": name, "onsCode": code, "laCode": la_code, "kind": kind,
                      "coverage": "STRUCTURE", "dataAsAt": "2008", "source": "ons-lad-lookup"},
        "description": description,
        "sources": [s for s in SOURCE_LIST if s["id"] in ("seed-004", "ons-lad-lookup")],
        "districts": [{"id": "district:" + c, "name": n, "onsCode": c, "source": "ons-lad-lookup"}
                      for c, n in districts_of(code)],
        "partnerships": [{k: v for k, v in p.items() if v is not None and v is not False} for p in net.partnerships],
        "clusters": [], "plans": net.plans, "agreements": net.agreements, "people": [], "posts": [],
        "memberships": [],
        "relations": [{k: v for k, v in r.items() if v is not None} for r in net.relations],
        "files": {"bodies": "bodies.csv"},
    }
    out = os.path.join(ROOT, "datasets", folder)
    os.makedirs(out, exist_ok=True)
    write_bodies(os.path.join(out, "bodies.csv"), net.bodies)
    write_json(os.path.join(out, "network.json"), document)


LEAD = "Local authorities lead Children's Trusts (seed 004)."


def shropshire(net):
    code = "E06000051"
    council = net.body("Shropshire Council", "UNITARY_COUNCIL", "STATUTORY", "seed-004", note=LEAD)
    trust = net.partnership("Shropshire Children's Trust", "CHILDRENS_TRUST", "seed-004")
    net.relate("LEADS", council, trust, source="seed-004")
    net.relate("COVERS", trust, "authority:" + code, source="seed-004")
    for i in range(1, 6):
        team = net.partnership(f"Shropshire multi-agency team {i}", "OTHER", "seed-004", illustrative=True,
                               note="Placeholder name: seed 004 says Shropshire's Children's Trust set up five multi-agency "
                                    "teams across the county to identify children with additional needs and help them, "
                                    "each based at a school or community setting and supporting all the schools in its "
                                    "area, without naming them or their areas.",
                               id=f"partnership:shropshire-multi-agency-team-{i}")
        net.relate("PART_OF", team, trust, source="seed-004")


def barking_and_dagenham(net):
    code = "E09000002"
    council = net.body("Barking and Dagenham Council", "UNITARY_COUNCIL", "STATUTORY", "seed-004", note=LEAD)
    trust = net.partnership("Barking & Dagenham Children's Trust", "CHILDRENS_TRUST", "seed-004",
                            note="Leads the work on one LAA target, increasing young people's participation in positive "
                                 "activities, and is a key partner for the other targets about children (seed 004).")
    net.relate("LEADS", council, trust, source="seed-004")
    net.relate("COVERS", trust, "authority:" + code, source="seed-004")
    net.plans.append({"id": "plan:barking-and-dagenham-cypp", "name": "Barking & Dagenham Children and Young People's Plan",
                      "kind": "CYPP", "source": "seed-004",
                      "note": "Descriptive name: seed 004 calls it the local CYPP. Its top five priorities went into "
                              "the LAA; seed 004 does not list them."})
    net.agreements.append({"id": "agreement:barking-and-dagenham-laa", "name": "Barking & Dagenham Local Area Agreement",
                           "targets": ["Increasing young people's participation in positive activities (led by the "
                                       "Children's Trust)"],
                           "source": "seed-004",
                           "note": "Descriptive name; only the target the Children's Trust leads is in seed 004."})
    net.relate("OWNS", trust, "plan:barking-and-dagenham-cypp", source="seed-004")
    net.relate("STRATEGY_FOR", "plan:barking-and-dagenham-cypp", "agreement:barking-and-dagenham-laa", source="seed-004")


def north_east_lincolnshire(net):
    code = "E06000012"
    council = net.body("North East Lincolnshire Council", "UNITARY_COUNCIL", "STATUTORY", "seed-004", note=LEAD)
    care_trust = net.body("North East Lincolnshire Care Trust Plus", "HEALTH_COMMISSIONER", "STATUTORY", "seed-004",
                          note="The Primary Care Trust became a Care Trust Plus; children's community health services "
                               "moved to the Council as part of the Children's Trust (seed 004). Descriptive name.")
    trust = net.partnership("North East Lincolnshire Children's Trust", "CHILDRENS_TRUST", "seed-004",
                            note="Headed by the Executive Director of Children's Services (seed 004).")
    board = net.partnership("North East Lincolnshire Children's Trust performance board", "OTHER", "seed-004",
                            note="Monitors the CYPP's priorities every month; made up of representatives from all "
                                 "partner agencies (seed 004), who are not named.")
    net.relate("LEADS", council, trust, source="seed-004")
    net.relate("PARTNER_IN", care_trust, trust, source="seed-004")
    net.relate("COVERS", trust, "authority:" + code, source="seed-004")
    net.relate("PART_OF", board, trust, source="seed-004")


if __name__ == "__main__":
    doc = build_hampshire()
    build_kent()
    build_structure("shropshire", "E06000051", "Shropshire", "893",
                    "Shropshire's Children's Trust as seed 004 describes it (2008): structure only, no people.",
                    shropshire)
    build_structure("barking-and-dagenham", "E09000002", "Barking and Dagenham", "301",
                    "Barking & Dagenham's Children's Trust and the LAA target it leads, as seed 004 describes them "
                    "(2008): structure only, no people.", barking_and_dagenham, kind="LONDON_BOROUGH")
    build_structure("north-east-lincolnshire", "E06000012", "North East Lincolnshire", "812",
                    "North East Lincolnshire's Children's Trust, Care Trust Plus and performance board as seed 004 "
                    "describes them (2008): structure only, no people.", north_east_lincolnshire)
    print("hampshire:", {k: len(v) for k, v in doc.items() if isinstance(v, list)})
