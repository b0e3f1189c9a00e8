/**
 * The scoring engine: pure (no files, no SQL, no FX), exact decimals, everything read from the rubric
 * (rubric-notes.md is the reading it follows).
 *
 * <h2>Scoring a whole findings input</h2>
 * <pre>{@code
 * ScoringEngine engine = new ScoringEngine(rubric, workingDayCalendar);   // once per rubric; thread-safe
 * ScoreOutcome outcome = engine.score(findingsInput);
 * if (!outcome.ok()) { outcome.problems() ... }   // InputProblem(path "units[0].websites[0].findings[2].item",
 *                                                  //              message, suggestions = closest names)
 * for (UnitResult u : outcome.units()) { u.total(); u.tier(); u.performancePercent(); u.countedParts();
 *     u.partOfScope(Part.Scope.WEBSITE) -> PartResult(score, verdict(), reasons, sites);
 *     u.bonusEarned(); u.bonusCounted(); u.bonusNote(); u.items() -> ItemResult(item, site, max, score,
 *     applicable, rules -> RuleOutcome(rule, findings -> FindingContribution(findingId, count, value, detail,
 *     points, note), sum, counted, capped), explanation) }
 * }</pre>
 *
 * <h2>Live edits (the workbench, the store)</h2>
 * <pre>{@code
 * SessionOutcome opened = engine.open(unitFindings, monitoringDate);   // bad stored findings are skipped and reported
 * UnitScorer session = opened.session().orElseThrow();                 // absent only when the unit itself is wrong
 * EditOutcome e = session.put(FindingPlace.website("绵阳市财政局"), finding);   // add, or replace by finding id
 * e = session.remove(findingId);
 * e = session.putVeto(FindingPlace.newMedia(), new VetoInput("政务新媒体/内容不更新", null, null));
 * e = session.removeVeto(place, vetoPath);
 * e.accepted(); e.problems(); e.result();    // the unit's new UnitResult
 * e.diff().summary();                        // "-0.5 可用性", "单项否决 ..., 第二等次 → 不合格"
 * ScoreDiff.between(before, after);          // the same for any two results of a unit
 * }</pre>
 * An edit re-scores only the item (of the one website) the finding belongs to, then re-aggregates.
 * Findings need ids in a session; an updated finding keeps its place in the explanation.
 *
 * <p>{@link org.inspectorbench.scoring.SyntheticFindings} makes random valid findings from any rubric, for
 * benchmarks. Output formats (JSON contract, text scorecard) live in {@code cli.ScorecardJson} and
 * {@code cli.ScorecardText}.
 */
package org.inspectorbench.scoring;
