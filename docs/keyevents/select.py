#!/usr/bin/env python3
"""Select the articles of the Yemen-war story from SaudiNewsNet.

Usage: python3 docs/keyevents/select.py [CORPUS_DIR] > ids.txt
       python3 docs/keyevents/select.py --titles [CORPUS_DIR]   (id, date, title)

CORPUS_DIR defaults to $TARIKH_SHARED/corpus/saudinewsnet ($TARIKH_SHARED
defaults to ../shared, beside the repository). An article is in the
story when its title names the war (a Yemen word below), or when a Yemen
word appears in its first 400 characters and Yemen words occur at least 4
times in the article. Words are matched with an optional proclitic (و ف ب
ل) and a word boundary on both sides, so that عدن does not match معدن and
تعز does not match تعزيز. Stdlib only; prints ids in corpus order.
"""
import json
import os
import re
import sys

# Yemen words: the country, its war's parties, places and operations.
WORDS = [
    "اليمن", "اليمني", "اليمنية", "اليمنيين", "اليمنيون", "يمني", "يمنية", "يمنيين",
    "الحوثي", "الحوثيين", "الحوثيون", "حوثي", "حوثية", "الحوثية",
    "صنعاء", "عدن", "تعز", "مأرب", "لحج", "أبين", "شبوة", "الضالع", "الحديدة", "حضرموت",
    "المكلا", "صعدة", "العند", "زنجبار",
    "هادي", "بحاح", "المخلوع", "الانقلابيين", "الانقلابيون",
    "عاصفة الحزم", "إعادة الأمل", "ولد الشيخ",
]
BOUND = r"[\s\"'«»(),.،؛:!?؟\-–—/]"
PATTERN = re.compile(
    r"(?:^|" + BOUND + r")[وفبل]?(?:" + "|".join(map(re.escape, WORDS)) + r")(?=$|" + BOUND + r")")


def in_story(a):
    if PATTERN.search(a.get("title") or ""):
        return True
    text = a.get("text") or ""
    return bool(PATTERN.search(text[:400])) and len(PATTERN.findall(text)) >= 4


def main(argv):
    titles = "--titles" in argv
    args = [x for x in argv if x != "--titles"]
    shared = os.environ.get("TARIKH_SHARED") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared")
    root = args[0] if args else os.path.join(shared, "corpus", "saudinewsnet")
    for name in sorted(os.listdir(root)):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(root, name), encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                if in_story(a):
                    if titles:
                        print(a["id"], a["date"], a["source"], (a.get("title") or "").replace("\n", " "), sep="\t")
                    else:
                        print(a["id"])


if __name__ == "__main__":
    main(sys.argv[1:])
