"""Scores the HTML converter on saved real pages with a reference text of their article, in the
layout of mozilla/readability's test/test-pages (DIR/NAME/source.html, expected.html,
expected-metadata.json). Word-bag recall and precision of the article text, and the title.

    cargo build --example convert
    python3 scripts/score_pages.py READABILITY/test/test-pages target/debug/examples/convert

The pages are third-party text: read them where they are, never copy them into this repository.
"""
import os, re, json, subprocess, sys, collections, html as H
ROOT=sys.argv[1] if len(sys.argv) > 1 else 'test/test-pages'
BIN=sys.argv[2] if len(sys.argv) > 2 else 'target/debug/examples/convert'
def words(t): return re.findall(r"\w+", t.lower())
def text_of_html(s):
    s=re.sub(r'(?is)<(script|style).*?</\1>','',s); s=re.sub(r'<[^>]+>',' ',s); return H.unescape(s)
rows=[]
for name in sorted(os.listdir(ROOT)):
    d=os.path.join(ROOT,name)
    src=os.path.join(d,'source.html')
    if not os.path.exists(src): continue
    exp=words(text_of_html(open(os.path.join(d,'expected.html'),errors='replace').read()))
    if len(exp)<150: continue  # synthetic snippets
    meta={}
    try: meta=json.load(open(os.path.join(d,'expected-metadata.json')))
    except Exception: pass
    tmp='/tmp/rdb_page.html'; open(tmp,'wb').write(open(src,'rb').read())
    r=subprocess.run([BIN,tmp],capture_output=True,text=True,errors='replace',timeout=120)
    out=r.stdout.split('\n--- metadata:')[0]
    got=words(out)
    ce,cg=collections.Counter(exp),collections.Counter(got)
    inter=sum((ce&cg).values())
    rec=inter/max(1,sum(ce.values())); prec=inter/max(1,sum(cg.values()))
    m=re.search(r'title: Some\("((?:[^"\\]|\\.)*)"\)', r.stdout)
    title=m.group(1) if m else ''
    et=meta.get('title') or ''
    tok=lambda s: ' '.join(words(s))
    tr = tok(title)==tok(et) or (tok(title) and tok(title) in tok(et)) or (tok(et) and tok(et) in tok(title))
    rows.append((name,rec,prec,tr,title[:50],et[:50],r.returncode))
for n,rc,pr,tr,t,et,code in rows:
    print(f"{n:32} R={rc:.2f} P={pr:.2f} title={'ok' if tr else 'XX'} code={code}  {t!r} | {et!r}")
import statistics as st
print("pages",len(rows),"median recall",round(st.median(r[1] for r in rows),3),"median precision",round(st.median(r[2] for r in rows),3),
      "recall>=0.9:",sum(r[1]>=0.9 for r in rows),"precision>=0.9:",sum(r[2]>=0.9 for r in rows),"titles ok:",sum(r[3] for r in rows))
