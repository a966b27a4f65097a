"""Generates alembic-parity.jsonl, the expectations of AlembicParityTest, from Alembic itself.

Random revision graphs (branches, merges, several bases, depends_on, labels) and, for each, upgrades
and downgrades from several version-table states, computed by Alembic's RevisionMap, RevisionStep and
HeadMaintainer (without a database). Cases where Retort deliberately differs are left out (see
deliberate() and GRAPH.md). Run with Debian's python3-alembic (1.8.1):

    /usr/bin/python3 alembic_parity.py 7 50 --fixture > alembic-parity.jsonl

Without --fixture it prints every case with Alembic's error messages, for exploring differences.
"""
import json, random, sys, warnings
warnings.simplefilter("ignore")
from alembic.script.revision import RevisionMap, Revision
from alembic.runtime.migration import RevisionStep, HeadMaintainer
from alembic.script.base import ScriptDirectory

class R(Revision):
    class module:
        @staticmethod
        def upgrade(): pass
        @staticmethod
        def downgrade(): pass
    doc = ""

class HM(HeadMaintainer):
    def __init__(self, heads): self.heads = set(heads)
    def _insert_version(self, v):
        assert v not in self.heads; self.heads.add(v)
    def _delete_version(self, v): self.heads.remove(v)
    def _update_version(self, f, t):
        assert t not in self.heads; self.heads.remove(f); self.heads.add(t)

def gen(rng, n):
    nodes = []
    anc = {}
    for i in range(n):
        rid = "rv%02d" % i
        earlier = [x["id"] for x in nodes]
        down = []
        if i > 0 and rng.random() > 0.15:
            if i >= 2 and rng.random() < 0.2:
                a, b = rng.sample(earlier, 2)
                if a not in anc[b] and b not in anc[a]:
                    down = [a, b]
                else:
                    down = [a]
            else:
                down = [rng.choice(earlier)]
        a = set([rid])
        for d in down: a |= anc[d]
        deps = []
        if i > 0 and rng.random() < 0.2:
            cands = [e for e in earlier if e not in a]
            if cands:
                d = rng.choice(cands); deps = [d]; a |= anc[d]
        anc[rid] = a
        labels = ["L%02d" % i] if rng.random() < 0.12 else []
        nodes.append({"id": rid, "down": down, "deps": deps, "labels": labels})
    return nodes

def rmap(nodes):
    revs = [R(x["id"], tuple(x["down"]) or None, dependencies=tuple(x["deps"]) or None,
              branch_labels=tuple(x["labels"]) or None) for x in nodes]
    return RevisionMap(lambda: revs)

def upgrade(rm, cur, target):
    revs = list(rm.iterate_revisions(target, tuple(cur), implicit_base=True))
    hm = HM(cur)
    run = []
    for r in reversed(revs):
        hm.update_to_step(RevisionStep(rm, r, True)); run.append(r.revision)
    return run, sorted(hm.heads)

def downgrade(rm, cur, target):
    revs = list(rm.iterate_revisions(tuple(cur), target, select_for_downgrade=True))
    hm = HM(cur)
    run = []
    for r in revs:
        hm.update_to_step(RevisionStep(rm, r, False)); run.append(r.revision)
    return run, sorted(hm.heads)

def stamp(rm, cur, targets):
    script = ScriptDirectory.__new__(ScriptDirectory)
    script.revision_map = rm
    hm = HM(cur)
    for step in script._stamp_revs(tuple(targets.split(" ")), tuple(cur)):
        hm.update_to_step(step)
    return [], sorted(hm.heads)

def history(rm, cur, rng_):
    start, end = rng_.split(":")
    revs = rm.iterate_revisions(end or "heads", start or "base", inclusive=True, assert_relative_length=False)
    return [r.revision for r in revs], []

def attempt(fn, *a):
    try:
        run, after = fn(*a)
        return {"error": False, "run": sorted(run), "after": after}
    except Exception as e:
        return {"error": True, "msg": type(e).__name__ + ": " + str(e)}

args = [a for a in sys.argv[1:] if not a.startswith('--')]
rng = random.Random(int(args[0]) if args else 1)
out = []
for g in range(int(args[1]) if len(args) > 1 else 300):
    nodes = gen(rng, rng.randint(3, 12))
    try:
        rm = rmap(nodes)
        rm.heads
    except Exception as e:
        continue
    ids = [x["id"] for x in nodes]
    labels = [l for x in nodes for l in x["labels"]]
    struct = {"heads": sorted(rm.heads), "realHeads": sorted(rm._real_heads), "bases": sorted(rm.bases),
              "branchPoints": sorted(r.revision for r in (rm.get_revision(i) for i in ids) if r.is_branch_point),
              "mergePoints": sorted(r.revision for r in (rm.get_revision(i) for i in ids) if r.is_merge_point),
              "labels": {i: sorted(rm.get_revision(i).branch_labels) for i in ids}}
    cases = []
    currents = [[]]
    for _ in range(3):
        t = rng.choice(ids)
        base = rng.choice(currents)
        res = attempt(upgrade, rm, base, t)
        if not res["error"]:
            currents.append(res["after"])
    for cur in currents:
        targets = [("upgrade", rng.choice(ids)), ("upgrade", "heads"), ("upgrade", "head"), ("upgrade", "+1"),
                   ("upgrade", rng.choice(ids) + "+1"), ("upgrade", rng.choice(ids) + "-1"),
                   ("downgrade", rng.choice(ids)), ("downgrade", "base"), ("downgrade", rng.choice(ids)),
                   ("resolve", rng.choice(ids) + "@head")]
        if len(cur) == 1:
            targets.append(("downgrade", "-1"))
        targets += [("history", rng.choice(ids) + ":"), ("history", ":" + rng.choice(ids)),
                    ("history", rng.choice(ids) + ":" + rng.choice(ids))]
        if labels:
            l = rng.choice(labels)
            targets += [("history", l + "@base:"), ("history", ":" + l + "@head"), ("history", l + ":")]
        targets += [("stamp", rng.choice(ids)), ("stamp", "heads"), ("stamp", "base"),
                    ("stamp", " ".join(rng.sample(ids, 2)))]
        if labels:
            l = rng.choice(labels)
            targets += [("upgrade", l + "@head"), ("upgrade", l + "@heads"), ("downgrade", l + "@base"),
                        ("upgrade", l + "@+1"), ("downgrade", l + "@-1"), ("upgrade", l)]
        for op, t in targets:
            if op == "resolve":
                try:
                    r = rm.get_revisions(t)
                    res = {"error": False, "run": sorted(x.revision for x in r), "after": []}
                except Exception as e:
                    res = {"error": True, "msg": type(e).__name__ + ": " + str(e)}
            else:
                res = attempt({"upgrade": upgrade, "downgrade": downgrade, "stamp": stamp, "history": history}[op],
                              rm, cur, t)
            cases.append({"op": op, "current": cur, "target": t, "expect": res})
    out.append({"nodes": nodes, "struct": struct, "cases": cases})
def overlapping(rm, heads):
    for h in heads:
        others = [x for x in heads if x != h]
        if others and h in {r.revision for r in rm._get_ancestor_nodes(rm.get_revisions(others))}:
            return True
    return False

def deliberate(op, target, exp, rm):
    """Cases where Retort deliberately differs from Alembic 1.8.1 (see GRAPH.md)."""
    if op == "downgrade" and "@-" in target:
        return True  # Retort only steps down from a revision of the branch itself
    if op == "history" and "@base:" in target:
        return True  # Retort lists what descends from the branch's base, as Alembic's documentation shows
    if op == "stamp" and (" " in target or target == "heads"):
        return True  # Alembic 1.8 replaces rows related to any target with each one
    if exp["error"]:
        msg = exp["msg"]
        return msg.startswith(("AssertionError", "KeyError")) or "overlaps" in msg
    return overlapping(rm, exp["after"])  # Alembic 1.8 un-merge could leave a row below another

if "--fixture" in sys.argv:
    for o in out:
        rm = rmap(o["nodes"])
        st = o["struct"]
        cases, seen = [], set()
        for c in o["cases"]:
            key = (c["op"], tuple(c["current"]), c["target"])
            if key in seen or deliberate(c["op"], c["target"], c["expect"], rm):
                continue
            seen.add(key)
            exp = c["expect"]
            cases.append([c["op"], c["current"], c["target"]] + ([None, None] if exp["error"] else [exp["run"], exp["after"]]))
        print(json.dumps({"nodes": [[x["id"], x["down"], x["deps"], x["labels"]] for x in o["nodes"]],
                          "heads": st["heads"], "realHeads": st["realHeads"], "bases": st["bases"],
                          "branchPoints": st["branchPoints"], "mergePoints": st["mergePoints"],
                          "cases": cases}, separators=(",", ":")))
else:
    for o in out:
        print(json.dumps(o))
