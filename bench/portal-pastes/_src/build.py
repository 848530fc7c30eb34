#!/usr/bin/env python3
"""Assemble NN.txt + NN.gold.json from hand-written _src/NN.src files.

Source format (authoring aid only, not scoring code):
  #META                      first line
  { ...JSON: {"articles":[{"title","source","byline"}...], "notes": "..."} }
  #PASTE                     everything after this line is the paste
Inside the paste part:
  a line starting "N| "      -> the rest of the line is one body paragraph of article N
  {{N:text}}                 -> text stays in the paste; starts a new paragraph of article N
  {{N+:text}}                -> text stays in the paste; appended to article N's last paragraph
                                (joined with one space; with no space between CJK characters)
Everything else is furniture and is copied verbatim.
"""
import json, re, sys, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SPAN = re.compile(r"\{\{(\d+)(\+?):(.*?)\}\}", re.S)
LINE = re.compile(r"^(\d+)\| (.*)$")

def is_cjk(ch):
    o = ord(ch)
    return 0x3000 <= o <= 0x9FFF or 0xFF00 <= o <= 0xFFEF

def build(src):
    raw = open(src, encoding="utf-8").read()
    head, paste_src = raw.split("\n#PASTE\n", 1)
    assert head.startswith("#META\n")
    meta = json.loads(head[len("#META\n"):])
    paras = {i + 1: [] for i in range(len(meta["articles"]))}
    out_lines = []
    for line in paste_src.split("\n"):
        m = LINE.match(line)
        if m:
            n = int(m.group(1)); paras[n].append(m.group(2).strip()); out_lines.append(m.group(2)); continue
        def rep(mm):
            n = int(mm.group(1)); t = mm.group(3)
            if mm.group(2) == "+":
                assert paras[n], (src, t[:40])
                prev, nxt = paras[n][-1], t.strip()
                sep = "" if (is_cjk(prev[-1]) and is_cjk(nxt[0])) else " "
                paras[n][-1] = prev + sep + nxt
            else:
                paras[n].append(t.strip())
            return t
        out_lines.append(SPAN.sub(rep, line))
    paste = "\n".join(out_lines)
    assert "{{" not in paste and "}}" not in paste, src
    arts = []
    for i, a in enumerate(meta["articles"], 1):
        assert a["title"] in paste, (src, "title not in paste", a["title"])
        if a.get("byline"):
            for part in re.split(r",| and | und | et | e | y | и ", a["byline"]):
                part = part.strip()
                if part: assert part in paste, (src, "byline not in paste", part)
        assert paras[i], (src, "empty body", i)
        arts.append({"title": a["title"], "source": a.get("source"), "byline": a.get("byline"),
                     "body": "\n\n".join(paras[i])})
    nn = os.path.basename(src)[:-4]
    with open(os.path.join(OUT, nn + ".txt"), "w", encoding="utf-8") as f:
        f.write(paste)
    with open(os.path.join(OUT, nn + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump({"articles": arts, "notes": meta["notes"]}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    size = len(paste.encode("utf-8"))
    body = sum(len(a["body"].encode("utf-8")) for a in arts)
    words = [len(a["body"].split()) for a in arts]
    print(f"{nn}: {size/1024:.1f} KB, articles={len(arts)}, body words={words}, body share={body/size:.0%}")

if __name__ == "__main__":
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "*.src")))
    for s in files:
        build(s)
