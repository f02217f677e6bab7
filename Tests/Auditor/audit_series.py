#!/usr/bin/env python3
"""An attacker's audit of a series of published Égide summaries.

Written apart from the Swift code it checks: it reads only the published
JSON documents, as a reader would, builds every linear relation such a
reader can see between their figures, and bounds each hidden count by
linear programming (scipy's HiGHS):

- within a document: each column of a table adds up to its total (at least
  to it, each row at most it, in a table whose cases stand in several
  rows); judicial and administrative new cases add up to all new cases;
  the backlog at the end is the backlog at the start, plus new, minus
  ended, plus the reopened (unknown, at least 0);
- across documents: one figure is one unknown wherever it appears (the
  previous-period column, the trend, the overview); the months of a
  quarter and of a year, and the quarters of a year, add up to it (or
  bound it, where a case can count in two months).

A hidden count fails when its interval holds one whole number (recomputed
exactly) or nothing above 1 (pinned to at most 1); a figure fails when one
document hides it and another shows it. Hidden counts whose interval lies
below k are counted, not failed: the README promises no more. With --truth, every true value (from the
same periods made with --internal --min-cell 1) must lie in its interval,
which keeps the auditor honest.

Usage: audit_series.py PUBLISHED_DIR [--truth TRUTH_DIR] [--k 11]
Prints a JSON report; exit 1 on any failure.
"""
import argparse
import json
import math
import os
import sys
from collections import defaultdict

import numpy as np
from scipy.optimize import linprog

NEW_TOTALS = {
    "new_by_kind": "new", "new_by_role": "new", "new_by_channel": "new",
    "new_by_severity": "new", "new_by_district": "new.judicial",
    "new_by_administrative_district": "new.administrative",
    "new_by_platform": "new.with_platform", "new_by_occurrence": "new",
}


def figure(doc, table, row, column, total):
    """The identity (window, key) of one cell, or None for none."""
    period, previous = doc["period"], doc["previousPeriod"]
    col = table["columns"][column]["id"]
    window = period["label"] if col == "current" else previous["label"]
    instant = "at " + (period["end"] if col == "current" else previous["end"])
    tid = table["id"]
    if tid == "overview":
        return (instant, "open") if row == "open" else (window, row)
    if tid in NEW_TOTALS:
        if total:
            return (window, NEW_TOTALS[tid])
        return (window, "new.%s.%s" % (table["dimension"], row))
    if tid == "escalations_by_level":
        return (window, "escalated" if total else "escalated." + row)
    if tid == "endings":
        return (window, "ended" if total else "ended." + row)
    if tid == "deadlines_missed":
        return (window, "deadlines" if total else "deadlines." + row)
    at_end = "at " + period["end"]
    label = period["label"]
    if tid == "backlog_by_age":
        return (at_end, "open" if total else "open.age." + row)
    if tid == "backlog_age":
        return (at_end, "open.age." + {"median_days": "median", "p90_days": "p90"}[col])
    if tid == "measures_by_kind":
        where = at_end if col == "in_place_at_end" else label
        return (where, "measures.%s" % col if total else "measures.%s.%s" % (row, col))
    if tid == "protection_by_basis":
        if total:
            if col == "refused_by_silence":
                return (label, "protection.refused_by_silence")
            return (label, "measures.statutory_protection." + col)
        return (label, "protection.%s.%s" % (row, col))
    if tid == "delays":
        if col == "cases":
            return (label, "ended.resolved" if row == "to_resolution" else "delay.%s.cases" % row)
        return (label, "delay.%s.%s" % (row, {"median_days": "median", "p90_days": "p90"}[col]))
    if tid == "takedowns_by_platform":
        name = {"sent": "sent", "removed": "removed", "median_days_to_removal": "median_days"}[col]
        if total:
            return (label, {"sent": "measures.content_takedown.requested",
                            "removed": "takedown.removed",
                            "median_days": "takedown.median_days"}[name])
        return (label, "takedown.%s.%s" % (row, name))
    if tid == "trend":
        return (row, "new" if col == "new" else "ended.resolved")
    raise SystemExit("unknown table %s" % tid)


def cells(doc):
    """Every cell: (identity, unit, suppressed, value, table, row, column, total)."""
    for table in doc["tables"]:
        rows = [(r, False) for r in table["rows"]]
        if table.get("total"):
            rows.append((table["total"], True))
        for row, total in rows:
            for column, cell in enumerate(row["cells"]):
                yield (figure(doc, table, row["key"], column, total), cell, table, column, total)


def relations_of(doc):
    """The relations a reader sees inside one document: (terms, kind, constant)
    with kind '=' or '>=' meaning sum(coef * x) kind constant."""
    out = []
    for table in doc["tables"]:
        total = table.get("total")
        if not total:
            continue
        for column in range(len(table["columns"])):
            if total["cells"][column]["unit"] != "count":
                continue
            parts = [figure(doc, table, r["key"], column, False) for r in table["rows"]]
            whole = figure(doc, table, "total", column, True)
            terms = [(p, 1) for p in parts] + [(whole, -1)]
            if table["multiValued"]:
                out.append((terms, ">=", 0))
                out += [([(whole, 1), (p, -1)], ">=", 0) for p in parts]
            else:
                out.append((terms, "=", 0))
    period, previous = doc["period"], doc["previousPeriod"]
    for label in (period["label"], previous["label"]):
        out.append(([((label, "new.judicial"), 1), ((label, "new.administrative"), 1),
                     ((label, "new"), -1)], "=", 0))
    if previous["end"] == period["start"]:
        p = period["label"]
        out.append(([(("at " + period["end"], "open"), 1), (("at " + previous["end"], "open"), -1),
                     ((p, "new"), -1), ((p, "ended"), 1)], ">=", 0))
    return out


def aggregation(key):
    """How a key of a quarter or year relates to its months: '=' (sum),
    '<=' (at most the sum), '>=' (at least the sum), or None."""
    if key.startswith("new.severity."):
        return None
    if key == "new.occurrence.before":
        return "<="
    if key == "new" or key.startswith("new.") or key.startswith("deadlines"):
        return "="
    if key.startswith("ended") or key.startswith("escalated"):
        return "<="
    if key.startswith("measures.") or key.startswith("protection."):
        if key.endswith("requested") or key.endswith("refused_by_silence"):
            return "="
        if key.endswith("granted") or key.endswith("refused"):
            return "<="
        return None
    if key.startswith("takedown."):
        if key.endswith(".sent"):
            return "="
        if key.endswith("removed"):
            return ">="
        return None
    if key.startswith("delay.") and key.endswith(".cases"):
        return "="
    return None


def parts_of(window):
    """The months (and quarters) a quarter or a year is made of."""
    bits = window.split("-")
    if len(bits) == 1 and len(bits[0]) == 4 and bits[0].isdigit():
        y = bits[0]
        return [["%s-%02d" % (y, m) for m in range(1, 13)], ["%s-Q%d" % (y, q) for q in range(1, 5)]]
    if len(bits) == 2 and bits[1].startswith("Q") and bits[0].isdigit():
        q = int(bits[1][1:])
        return [["%s-%02d" % (bits[0], 3 * (q - 1) + m) for m in range(1, 4)]]
    return []


def temporal(identities):
    out = []
    for window, key in identities:
        kind = aggregation(key)
        if kind is None:
            continue
        for parts in parts_of(window):
            terms = [((p, key), 1) for p in parts]
            if kind == "=":
                out.append((terms + [((window, key), -1)], "=", 0))
            elif kind == "<=":
                out.append((terms + [((window, key), -1)], ">=", 0))
            else:
                out.append(([((window, key), 1)] + [(t, -1) for t, _ in terms], ">=", 0))
    return out


def load(directory):
    docs = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".json"):
            with open(os.path.join(directory, name)) as f:
                docs[name] = json.load(f)
    return docs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("published")
    parser.add_argument("--truth")
    parser.add_argument("--k", type=int, default=11)
    args = parser.parse_args()
    docs = load(args.published)
    failures = []
    shown, hidden, unit = {}, set(), {}
    relations = []
    for name, doc in docs.items():
        relations += relations_of(doc)
        for ident, cell, table, column, total in cells(doc):
            unit[ident] = cell["unit"]
            if cell["suppressed"]:
                hidden.add(ident)
            elif cell["value"] is not None:
                if ident in shown and abs(shown[ident][0] - cell["value"]) > 1e-9:
                    failures.append({"figure": "%s/%s" % ident, "why": "shown with two values",
                                     "documents": [shown[ident][1], name]})
                shown[ident] = (cell["value"], name)
    for ident in sorted(hidden & set(shown)):
        failures.append({"figure": "%s/%s" % ident, "why": "hidden in one document, shown in another",
                         "shown in": shown[ident][1]})
    relations += temporal(set(shown) | hidden)
    truth = {}
    if args.truth:
        for name, doc in load(args.truth).items():
            for ident, cell, _, _, _ in cells(doc):
                if cell["value"] is not None:
                    truth[ident] = cell["value"]
        for ident, (value, name) in shown.items():
            if ident in truth and abs(truth[ident] - value) > 1e-6:
                failures.append({"figure": "%s/%s" % ident, "why": "shown value is not the true value"})
    counts_hidden = {i for i in hidden if unit.get(i) == "count" and i not in shown}
    # Relations in the unknowns: shown counts become constants.
    reduced = []
    for terms, kind, constant in relations:
        bound = constant
        rest = defaultdict(float)
        for ident, coef in terms:
            if ident in shown and unit.get(ident, "count") == "count":
                bound -= coef * shown[ident][0]
            else:
                rest[ident] += coef
        rest = {i: c for i, c in rest.items() if c != 0}
        if rest:
            reduced.append((rest, kind, bound))
        elif (kind == "=" and abs(bound) > 1e-6) or (kind == ">=" and bound > 1e-6):
            failures.append({"why": "published figures contradict a relation", "terms": str(terms)})
    parent = {}

    def root(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for rest, _, _ in reduced:
        keys = list(rest)
        for other in keys[1:]:
            a, b = root(keys[0]), root(other)
            if a != b:
                parent[b] = a
    groups = defaultdict(list)
    for index, (rest, _, _) in enumerate(reduced):
        groups[root(next(iter(rest)))].append(index)
    intervals = {}
    solved = 0
    narrowed = 0
    for group, rows in groups.items():
        variables = sorted({v for r in rows for v in reduced[r][0]})
        targets = [v for v in variables if v in counts_hidden]
        if not targets:
            continue
        index = {v: n for n, v in enumerate(variables)}
        a_eq, b_eq, a_ub, b_ub = [], [], [], []
        for r in rows:
            rest, kind, bound = reduced[r]
            line = np.zeros(len(variables))
            for v, c in rest.items():
                line[index[v]] = c
            if kind == "=":
                a_eq.append(line)
                b_eq.append(bound)
            else:  # sum >= bound  ->  -sum <= -bound
                a_ub.append(-line)
                b_ub.append(-bound)
        bounds = [(1 if v in counts_hidden else 0, None) for v in variables]
        low = np.full(len(variables), np.inf)
        high = np.full(len(variables), -np.inf)

        def solve(objective):
            nonlocal solved
            solved += 1
            result = linprog(objective, A_ub=np.array(a_ub) if a_ub else None,
                             b_ub=np.array(b_ub) if b_ub else None,
                             A_eq=np.array(a_eq) if a_eq else None,
                             b_eq=np.array(b_eq) if b_eq else None,
                             bounds=bounds, method="highs")
            if result.status == 0:
                np.minimum(low, result.x, out=low)
                np.maximum(high, result.x, out=high)
            return result

        def safe(n):
            if high[n] == np.inf:
                return True
            if high[n] == -np.inf:
                return False
            top, bottom = math.floor(high[n] + 1e-6), math.ceil(low[n] - 1e-6)
            return top - bottom >= 1 and top >= max(args.k, 2)
        for v in targets:
            n = index[v]
            c = np.zeros(len(variables))
            if not safe(n):
                c[n] = -1
                up = solve(c)
                if up.status == 2 and solve(np.zeros(len(variables))).status == 0:
                    up.status = 3  # HiGHS: "infeasible or unbounded"
                if up.status == 2:
                    failures.append({"why": "relations infeasible", "figure": "%s/%s" % v})
                    break
                upper = None if up.status == 3 else up.x[n]
            else:
                upper = high[n]
            if upper is not None and not safe(n):
                c[n] = 1
                solve(c)
            lower = low[n]
            intervals[v] = (lower, upper if upper is None or safe(n) else high[n])
            if upper is None:
                continue
            top, bottom = math.floor(high[n] + 1e-6), math.ceil(lower - 1e-6)
            name = "%s/%s" % v
            if top - bottom < 1:
                failures.append({"figure": name, "why": "recomputed exactly", "interval": [lower, high[n]]})
            elif top <= 1:
                failures.append({"figure": name, "why": "pinned to at most 1", "interval": [lower, high[n]]})
            elif top < args.k:
                # Not a failure: the README promises no more than "not
                # recomputed, nor pinned to 1"; counted for the record.
                narrowed += 1
    # The auditor's own honesty: the true values must meet every relation
    # it uses (then each lies in its interval), and each interval it
    # reports must hold the true value.
    honest = 0
    if truth:
        for rest, kind, bound in reduced:
            if not all(v in truth for v in rest):
                continue
            honest += 1
            total = sum(c * truth[v] for v, c in rest.items())
            if (kind == "=" and abs(total - bound) > 1e-6) or (kind == ">=" and total < bound - 1e-6):
                failures.append({"why": "a true value breaks a relation the auditor uses",
                                 "relation": {"%s/%s" % v: c for v, c in rest.items()},
                                 "kind": kind, "bound": bound, "true sum": total})
        for v in counts_hidden:
            if v in truth and truth[v] < 1:
                failures.append({"figure": "%s/%s" % v, "why": "a hidden count is 0"})
        for failure in failures:
            name = failure.get("figure")
            interval = failure.get("interval")
            if name and interval:
                window, key = name.split("/", 1)
                value = truth.get((window, key))
                if value is not None and not (interval[0] - 1e-6 <= value <= interval[1] + 1e-6):
                    failures.append({"figure": name, "why": "true value outside its interval"})
    report = {"documents": len(docs), "hidden counts": len(counts_hidden),
              "checked": len(intervals), "programs": solved,
              "relations checked against the truth": honest,
              "hidden counts narrowed below k": narrowed,
              "failures": failures}
    print(json.dumps(report, indent=1))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
