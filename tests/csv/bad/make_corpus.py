#!/usr/bin/env python3
r"""Writes the bad-input corpus of tests/csv/bad/: one small file per class of error and, beside
each, the exact error lines the reader must print (FILE:LINE:COLUMN: error: MESSAGE, FILE being
the name the test passes as display_name).

The messages are written out here by hand from the reader's rules; only the columns are
computed (the 1-based byte column where the offending field starts), and esc() shows the found
text as pk::read_error::message() does (quotes and backslashes escaped, control bytes, bytes
that are not UTF-8 and the byte order mark as \xNN). The files are checked in; run this only
to change the corpus, then review the diff. The 5 MB line is made by the test itself.
"""
import os
D = os.path.dirname(os.path.abspath(__file__))
os.makedirs(D, exist_ok=True)
H6 = "ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date"
G1 = "VNM,UNMISS,Experts on Mission,0,2,31-Jul-14"
G2 = "ALB,UNMISS,Individual Police,0,1,31-Jul-14"
G3 = "TZA,UNAMID,Troops,47,768,31-Jul-14"
G4 = "KOR,UNMIL,Individual Police,1,2,31-Jul-14"
G5 = "CIV,MINUSTAH,Individual Police,10,112,31-Jul-14"
ODP = "contribution_id,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date"
RANK = "ISOCode3,M49_Code,Contributing_Country,Personnel_Contribution_Rank,Female_Personnel,Male_Personnel,Total_Uniformed_Personnel,Last_Reporting_Date"
IPI = '"","Date","Contributor","Contributor ISO-3","Mission","Individual Police Male","Individual Police Female","Individual Police Total","Formed Police Units Male","Formed Police Units Female","Formed Police Units Total","Experts on Mission Male","Experts on Mission Female","Experts on Mission Total","Troops Male","Troops Female","Troops Total","Total Male","Total Female","Total Total"'
SNAP = "Date,Contributor,Contributor_ISO-3,Mission,Experts_on_Mission,Formed_Police_Units,Inidividual_Police,Civilian_Police,Troops,Observers,Total"
DATE = "a date like 2013-12-31, 31-Dec-20, 30/11/2020 or 2020-11"
COUNT = "a count (a whole number from 0 to 65535)"

def esc(b):
    # how read_error::message() shows found text: " and \ escaped, control and non-UTF-8 bytes as \xNN
    out = ""
    s = b if isinstance(b, bytes) else b.encode()
    i = 0
    while i < len(s) and i < 80:
        c = s[i]
        if c in (0x22, 0x5c): out += "\\" + chr(c); i += 1
        elif c < 0x20 or c == 0x7f: out += "\\x%02x" % c; i += 1
        elif c < 0x80: out += chr(c); i += 1
        else:
            if s[i:i+3] == b"\xef\xbb\xbf": out += "\\xef\\xbb\\xbf"; i += 3; continue
            for n in (2, 3, 4):
                try:
                    out += s[i:i+n].decode("utf-8"); i += n; break
                except UnicodeDecodeError:
                    pass
            else:
                out += "\\x%02x" % c; i += 1
    if i < len(s): out += "..."
    return out

def col(line, field_index, sep=","):
    """1-based byte column where field `field_index` (0-based) starts, for unquoted lines."""
    b = line if isinstance(line, bytes) else line.encode()
    pos = 0
    for _ in range(field_index):
        pos = b.index(sep.encode(), pos) + 1
    return pos + 1

def write(name, lines, errors, eol="\n", bom=False, final_eol=True):
    data = b"\xef\xbb\xbf" if bom else b""
    enc = [l if isinstance(l, bytes) else l.encode() for l in lines]
    data += eol.encode().join(enc) + (eol.encode() if final_eol else b"")
    open(os.path.join(D, name), "wb").write(data)
    exp = "".join(f"{name}:{ln}:{c}: error: {msg}\n" for ln, c, msg in errors)
    open(os.path.join(D, name.replace(".csv", ".expected")), "w").write(exp)

def msg(expected, column_name, found):
    s = "expected " + expected
    if column_name: s += f' in column "{column_name}"'
    return s + f', found "{esc(found)}"'

# 1 bad date
L3 = "TZA,UNAMID,Troops,47,768,31-Jun-14"
L5 = "KOR,UNMIL,Troops,0,1,2014-13-31"
L6 = "CIV,MINUSTAH,Individual Police,10,112,xx/07/2014"
write("bad_date.csv", [H6, G1, L3, G2, L5, L6, G4],
      [(3, col(L3, 5), msg(DATE, "Last_Reporting_Date", "31-Jun-14")),
       (5, col(L5, 5), msg(DATE, "Last_Reporting_Date", "2014-13-31")),
       (6, col(L6, 5), msg(DATE, "Last_Reporting_Date", "xx/07/2014"))])

# 2 non-numeric counts
L3 = "CIV,MINUSTAH,Individual Police,ten,112,31-Jul-14"
L4 = 'TZA,UNAMID,Troops,47,"1,234",31-Jul-14'
L5 = "KOR,UNMIL,Troops,0,12.0,31-Jul-14"
L6 = "ALB,UNMISS,Individual Police,,1,31-Jul-14"
write("non_numeric_count.csv", [H6, G1, L3, L4, L5, L6, G2],
      [(3, col(L3, 3), msg(COUNT, "Female_Personnel", "ten")),
       (4, L4.index('"') + 1, msg(COUNT, "Male_Personnel", "1,234")),
       (5, col(L5, 4), msg(COUNT, "Male_Personnel", "12.0")),
       (6, col(L6, 3), msg(COUNT, "Female_Personnel", ""))])

# 3 negative counts
L3 = "KOR,UNMIL,Troops,0,-3,31-Jul-14"
L5 = "TZA,UNAMID,Troops,-47,768,31-Jul-14"
write("negative_count.csv", [H6, G1, L3, G3.replace("Troops", "Experts on Mission"), L5],
      [(3, col(L3, 4), msg(COUNT, "Male_Personnel", "-3")),
       (5, col(L5, 3), msg(COUNT, "Female_Personnel", "-47"))])

# 4 counts above 65535
L3 = "TZA,UNAMID,Troops,47,65536,31-Jul-14"
L4 = "TZA,UNAMID,Experts on Mission,0,65535,31-Jul-14"
L5 = "KOR,UNMIL,Troops,0,100000,31-Jul-14"
L6 = "KOR,UNMIL,Individual Police,0,99999999999999999999,31-Jul-14"
write("count_too_large.csv", [H6, G1, L3, L4, L5, L6],
      [(3, col(L3, 4), msg(COUNT, "Male_Personnel", "65536")),
       (5, col(L5, 4), msg(COUNT, "Male_Personnel", "100000")),
       (6, col(L6, 4), msg(COUNT, "Male_Personnel", "99999999999999999999"))])

# 5 Female + Male != Total (rank format; real Dec-2020 rows, two of them altered)
L3 = "VNM,704,Viet Nam,69,12,64,77,31-Dec-20"
L5 = "QAT,634,Qatar,120,0,1,0,31-Dec-20"
write("total_mismatch.csv", [RANK, "BGD,50,Bangladesh,1,292,6506,6798,31-Dec-20", L3,
                             "RWA,646,Rwanda,2,579,5804,6383,31-Dec-20", L5],
      [(3, col(L3, 6), msg("Female_Personnel + Male_Personnel = 76", "Total_Uniformed_Personnel", "77")),
       (5, col(L5, 6), msg("Female_Personnel + Male_Personnel = 1", "Total_Uniformed_Personnel", "0"))],
      eol="\r\n", bom=True)

# 6 Male + Female != Total inside one category (IPI gender)
L3 = '"2",2009-11-30,"Egypt","EGY","UNMIS",0,0,0,0,0,0,0,0,0,1220,15,1234,1220,15,1234'
write("total_mismatch_ipi.csv", [IPI, '"1",2013-12-31,"Albania","ALB","UNMISS",1,0,1,0,0,0,0,0,0,0,0,0,1,0,1', L3,
                                 '"3",2011-06-30,"Albania","ALB","UNMIL",12,1,13,0,0,0,0,0,0,0,0,0,12,1,13'],
      [(3, col(L3, 16), msg("Male + Female = 1235", "Troops Total", "1234"))])

# 7 categories not adding up to the row total (IPI gender)
L3 = '"2",2011-06-30,"Albania","ALB","UNMIL",12,1,13,0,0,0,0,0,0,0,0,0,13,1,14'
L4 = '"3",2011-06-30,"Albania","ALB","UNMIL",12,1,13,0,0,0,0,0,0,0,0,0,12,2,14'
L5 = '"4",2011-06-30,"Albania","ALB","UNMIL",12,1,13,0,0,0,0,0,0,5,0,5,17,1,18'
write("categories_mismatch.csv", [IPI, '"1",2013-12-31,"Albania","ALB","UNMISS",1,0,1,0,0,0,0,0,0,0,0,0,1,0,1', L3, L4, L5],
      [(3, col(L3, 17), msg("the categories' Male = 12", "Total Male", "13")),
       (4, col(L4, 18), msg("the categories' Female = 1", "Total Female", "2"))])
# L5: good: male 12+5 = 17, female 1, total 13+5 = 18
# 8 categories not adding up (IPI snapshot, CRLF, NA)
L3 = "2014-07-31,Republic of Korea,KOR,UNMIL,1,NA,3,4,1,1,5"
L4 = "2014-07-31,Republic of Korea,KOR,UNMOGIP,7,NA,NA,NA,NA,6,7"
L5 = "2014-07-31,Republic of Korea,KOR,UNIFIL,NA,NA,NA,NA,320,NA,302"
write("categories_mismatch_snapshot.csv", [SNAP, "2014-07-31,Vietnam,VNM,UNMISS,2,NA,NA,NA,NA,2,2", L3, L4, L5,
                                           "2014-07-31,Republic of Korea,KOR,UNMISS,2,NA,NA,NA,273,2,275"],
      [(3, col(L3, 7), msg("Inidividual_Police + Formed_Police_Units = 3", "Civilian_Police", "4")),
       (4, col(L4, 9), msg("Experts_on_Mission = 7", "Observers", "6")),
       (5, col(L5, 10), msg("Civilian_Police + Troops + Observers = 320", "Total", "302"))],
      eol="\r\n")

# 9 unknown country
L3 = "VMN,UNMISS,Experts on Mission,0,2,31-Jul-14"
L4 = "VN,UNMISS,Experts on Mission,0,2,31-Jul-14"
write("unknown_country.csv", [H6, G1, L3, L4, G2],
      [(3, 1, msg("an ISO 3166-1 alpha-3 country code (closest: VNM, IMN, OMN)", "ISOCode3", "VMN")),
       (4, 1, msg("an ISO 3166-1 alpha-3 country code (closest: SVN, VEN, VNM)", "ISOCode3", "VN"))])

# 10 unknown mission
L3 = "VNM,UNMIZZ,Experts on Mission,0,2,31-Jul-14"
L5 = "KOR,ZZZZZZZZ,Troops,0,1,31-Jul-14"
write("unknown_mission.csv", [H6, G1, L3, G2, L5],
      [(3, col(L3, 1), msg("a known mission acronym (closest: UNMISS, UNMIK, UNMIL)", "Mission_Acronym", "UNMIZZ")),
       (5, col(L5, 1), msg("a known mission acronym", "Mission_Acronym", "ZZZZZZZZ"))])

# 11 unknown personnel type
L3 = "KOR,UNMIL,Civilian Police,1,2,31-Jul-14"
L4 = "TZA,UNAMID,Justice and Corrections,0,3,31-Jul-14"
CAT = "a personnel type (Troops, Staff Officer, Experts on Mission, Individual Police, Formed Police Units)"
write("unknown_personnel_type.csv", [H6, G1, L3, L4, "TZA,UNAMID,Staff Officer,0,3,31-Jul-14"],
      [(3, col(L3, 2), msg(CAT, "Personnel_Type", "Civilian Police")),
       (4, col(L4, 2), msg(CAT, "Personnel_Type", "Justice and Corrections"))])

# 12 M49 code that is not the country's (odp style)
L2 = "1,VNM,740,Viet Nam,UNMISS,Experts on Mission,0,2,31-Jul-14"
L4 = "3,ALB,AL,Albania,UNMISS,Individual Police,0,1,31-Jul-14"
write("m49_mismatch.csv", [ODP, L2, "2,ALB,008,Albania,UNMISS,Individual Police,0,1,31-Jul-14", L4,
                           "4,VNM,,Viet Nam,UNMISS,Experts on Mission,0,2,31-Jul-14"],
      [(2, col(L2, 2), msg("the M49 code of VNM (704)", "M49_Code", "740")),
       (4, col(L4, 2), msg("the M49 code of ALB (8)", "M49_Code", "AL"))],
      eol="\r\n", bom=True)

# 13 short rows
L3 = "VNM,UNMISS,Experts on Mission,0,2"
L5 = "KOR,UNMIL"
write("short_row.csv", [H6, G1, L3, G2, L5],
      [(3, len(L3) + 1, msg("6 fields, as in the header", "", "5 fields")),
       (5, len(L5) + 1, msg("6 fields, as in the header", "", "2 fields"))])

# 14 long rows
L3 = "VNM,UNMISS,Experts on Mission,0,2,31-Jul-14,extra"
L4 = "ALB,UNMISS,Individual Police,0,1,31-Jul-14,"
write("long_row.csv", [H6, G1, L3, L4, G3],
      [(3, col(L3, 6), msg("6 fields, as in the header", "", "7 fields")),
       (4, len(L4) + 1, msg("6 fields, as in the header", "", "7 fields"))])

# 15 unterminated quotes: an error of their own line, the next lines are read
L3 = '"VNM,UNMISS,Experts on Mission,0,2,31-Jul-14'
L5 = 'KOR,"UNMIL,Troops,0,1,31-Jul-14'
write("unterminated_quote.csv", [H6, G1, L3, G2, L5, G3, G4],
      [(3, 1, msg("a closing quote before the end of the line", "", L3)),
       (5, 5, msg("a closing quote before the end of the line", "", L5[4:]))])

# 16 text after a closing quote
L3 = '"VNM"x,UNMISS,Experts on Mission,0,2,31-Jul-14'
write("text_after_quote.csv", [H6, G1, L3, '"ALB" ,UNMISS,Individual Police,0,1,31-Jul-14'],
      [(3, 6, msg("a delimiter after the closing quote", "", L3[5:25]))])

# 17 invalid UTF-8 (odp style: in the name column, which the reader does not otherwise use)
L3 = b"5,CIV,384,C\xf4te d'Ivoire,MINUSTAH,Individual Police,10,112,31-Jul-14"           # Latin-1
L5 = b"6,CIV,384,C\xc3te d'Ivoire,MINUSMA,Individual Police,0,8,31-Jul-14"              # cut 2-byte sequence
L6 = b"7,CIV,384,C\xc3\xb4te d\xe2\x80Ivoire,MINUSMA,Troops,0,121,31-Jul-14"            # cut 3-byte sequence
L7 = b"8,TZA,834,Tanzania\xed\xa0\x80,UNAMID,Troops,47,768,31-Jul-14"                    # a UTF-16 surrogate
L8 = "3,CIV,384,Côte d’Ivoire,MINUSMA,Troops,0,121,31-Jul-14".encode()                # valid: kept
def at(b, sub): return b.index(sub) + 1
write("invalid_utf8.csv", [ODP, "1,VNM,704,Viet Nam,UNMISS,Experts on Mission,0,2,31-Jul-14", L3,
                           "2,ALB,8,Albania,UNMISS,Individual Police,0,1,31-Jul-14", L5, L6, L7, L8],
      [(3, at(L3, b"\xf4"), msg("UTF-8 text", "", L3[at(L3, b"\xf4") - 1:][:20])),
       (5, at(L5, b"\xc3"), msg("UTF-8 text", "", L5[at(L5, b"\xc3") - 1:][:20])),
       (6, at(L6, b"\xe2"), msg("UTF-8 text", "", L6[at(L6, b"\xe2") - 1:][:20])),
       (7, at(L7, b"\xed"), msg("UTF-8 text", "", L7[at(L7, b"\xed") - 1:][:20]))])

# 18 empty file; 19 header only
open(os.path.join(D, "empty.csv"), "wb").write(b"")
open(os.path.join(D, "empty.expected"), "w").write('empty.csv:1:1: error: expected a header line, found "end of file"\n')
write("header_only.csv", [H6], [])

# 20 a byte order mark after the start: a second file pasted on, and one inside a field
L3 = b"\xef\xbb\xbf" + H6.encode()
L5 = b"KOR,UNMIL,\xef\xbb\xbfTroops,0,1,31-Jul-14"
BOMX = "no byte order mark (U+FEFF) after the start of the file"
write("bom_in_middle.csv", [H6, G1, L3, G2, L5, G3],
      [(3, 1, msg(BOMX, "", L3[:20])), (5, 11, msg(BOMX, "", L5[10:30]))], eol="\r\n", bom=True)

# 21 NUL bytes
L3 = b"VNM,UN\x00MISS,Experts on Mission,0,2,31-Jul-14"
L4 = b"ALB,UNMISS,Individual Police,0,1,31-Jul-14\x00"
write("nul_byte.csv", [H6, G1, L3, L4, G3],
      [(3, 7, msg("text (no NUL bytes)", "", L3[6:26])), (4, len(L4), msg("text (no NUL bytes)", "", b"\x00"))])

# 22 duplicate keys
L4 = G1
L5 = "VNM,UNMISS,Experts on Mission,1,1,31/07/2014"
DUP = "one row per month, country, mission and personnel type"
write("duplicate_key.csv", [H6, G1, G2, L4, L5, G3],
      [(4, 1, msg(DUP, "", "another row for 2014-07 VNM UNMISS Experts on Mission (first on line 2)")),
       (5, 1, msg(DUP, "", "another row for 2014-07 VNM UNMISS Experts on Mission (first on line 2)"))])

# 23 a header of no known format: nothing after it is read
KNOWN = ("a header of a known format: "
    "UN DPO long (ISOCode3 or Contributor_ISO-3, Mission_Acronym, Personnel_Type, Female_Personnel, "
    "Male_Personnel, Last_Reporting_Date); "
    "IPI gender (Date, Contributor ISO-3, Mission, and Male/Female/Total for Individual Police, "
    "Formed Police Units, Experts on Mission, Troops and Total); "
    "IPI snapshot (Date, Contributor_ISO-3, Mission, Experts_on_Mission, Formed_Police_Units, "
    "Inidividual_Police, Civilian_Police, Troops, Observers, Total); "
    "UN DPO rank (ISOCode3, Personnel_Contribution_Rank, Female_Personnel, Male_Personnel, "
    "Total_Uniformed_Personnel, Last_Reporting_Date)")
HU = "Country,Mission,Female,Male,Date"
write("unknown_header.csv", [HU, "Viet Nam,UNMISS,0,2,2014-07-31"], [(1, 1, msg(KNOWN, "", HU))])

# 24 interleaved: good, bad, good, bad... (one of each kind of row error)
rows = [H6,
  G1,                                                   # 2 good
  "VNM,UNMISS,Troops,0,2,31-Jun-14",                     # 3 bad date
  G2,                                                   # 4 good
  "VMN,UNMISS,Troops,0,2,31-Jul-14",                     # 5 unknown country
  G3,                                                   # 6 good
  "KOR,UNMIL,Troops,0,-1,31-Jul-14",                     # 7 negative count
  G4,                                                   # 8 good
  "KOR,UNMIL",                                           # 9 short row
  G5,                                                   # 10 good
  '"KOR,UNMISS,Troops,2,271,31-Jul-14',                  # 11 unterminated quote
  "KOR,UNMISS,Troops,8,265,31-Jul-14",                   # 12 good (KOR UNMISS troops 2014-07: F8 M265)
  "KOR,UNMIZZ,Troops,0,1,31-Jul-14",                     # 13 unknown mission
  "KOR,UNIFIL,Troops,7,313,31-Jul-14",                   # 14 good (KOR UNIFIL troops 2014-07: F7 M313)
  "VNM,UNMISS,Experts on Mission,0,2,31-Jul-14",         # 15 duplicate of line 2
  "MDA,UNOCI,Experts on Mission,1,4,31-Jul-14",          # 16 good
]
write("interleaved.csv", rows,
      [(3, col(rows[2], 5), msg(DATE, "Last_Reporting_Date", "31-Jun-14")),
       (5, 1, msg("an ISO 3166-1 alpha-3 country code (closest: VNM, IMN, OMN)", "ISOCode3", "VMN")),
       (7, col(rows[6], 4), msg(COUNT, "Male_Personnel", "-1")),
       (9, len(rows[8]) + 1, msg("6 fields, as in the header", "", "2 fields")),
       (11, 1, msg("a closing quote before the end of the line", "", rows[10])),
       (13, 5, msg("a known mission acronym (closest: UNMISS, UNMIK, UNMIL)", "Mission_Acronym", "UNMIZZ")),
       (15, 1, msg(DUP, "", "another row for 2014-07 VNM UNMISS Experts on Mission (first on line 2)"))])
