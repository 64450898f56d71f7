using Sajag.Safety.Check;
using Sajag.Safety.Evaluation;
using Sajag.Safety.Tests.Posts;

namespace Sajag.Safety.Tests.Evaluation;

/// <summary>
/// Floors on the blind parts of eval/ (written apart from the code, never read while tuning). The targets are
/// risky recall ≥ 0.90, false alarms ≤ 0.10 and sign F1 ≥ 0.80 for chats; flag recall ≥ 0.85 at ≤ 0.05 false flags and no
/// detail unmasked for moderation; recall ≥ 0.90 at ≤ 0.05 false marks for posts. Where the detectors do not reach a target
/// yet, the floor is the figure they reached (docs/benchmarks.md), so a change that loses ground fails here.
/// </summary>
public sealed class BlindFloorTests
{
    private static string Eval(params string[] parts) =>
        Path.Join([Sajag.Tests.Fixtures.TestPack.RepositoryRoot(), "eval", .. parts]);

    [Fact]
    public void Chats_BlindPart_HoldTheirFloors()
    {
        var report = EvaluationReport.Run(Eval("conversations", "blind"));

        Assert.Equal(121, report.Cases.Count);
        Assert.All(report.Cases, c => Assert.Null(c.Error));
        Assert.True(report.RiskyRecall >= 0.84, $"risky recall {report.RiskyRecall:0.000} (reached 0.776, 0.793 since 2026-12-07 19:30, 0.810 since 23:25, 0.845 since 2026-12-08 02:20; target 0.90)");
        // Tightened back from 0.16 on 2026-12-07 (secrecy about a thing, family saved under a kinship word, meetings with company).
        Assert.True(report.BenignFalseAlarmRate <= 0.115, $"false alarms {report.BenignFalseAlarmRate:0.000} (reached 0.114; target 0.10)");
        Assert.True(report.MicroF1 >= 0.82, $"sign F1 {report.MicroF1:0.000} (reached 0.761, 0.773 since 2026-12-07 19:30, 0.781 since 23:25, 0.821 since 2026-12-08 02:20; target 0.80)");
        Assert.True(report.LevelAccuracy >= 0.859, $"exact level {report.LevelAccuracy:0.000} (reached 0.818, 0.826 since 2026-12-07 19:30, 0.835 (101/121) since 23:25, 0.860 (104/121) since 2026-12-08 02:20; target 0.80)");
    }

    [Fact]
    public void Moderation_BlindPart_HoldsItsFloors()
    {
        var report = ModerationEvaluation.Run(Eval("moderation", "blind.tsv"));

        Assert.Equal(207, report.Cases.Count);
        // 0.63 since the learned model joined the live filter at its live threshold (2026-12-07 19:45, issue 12m): 0.608 → 0.637,
        // false flags unchanged (3/105).
        Assert.True(report.FlagRecall >= 0.63, $"flag recall {report.FlagRecall:0.000} (reached 0.608, 0.637 with the live model; target 0.85)");
        Assert.True(report.FalseFlagRate <= 0.03, $"false flags {report.FalseFlagRate:0.000} (reached 0.029; target 0.05)");
        Assert.True(report.UnmaskedCount == 0, $"{report.UnmaskedCount} details unmasked (reached 0 of 26; target 0)");
    }

    [Fact]
    public void Moderation_WithTheLearnedModel_BlindPart_HoldsItsFloors()
    {
        // The learned model at its own threshold (0.95) beside the rules; the live filter takes it only at its stricter live
        // threshold (the tests above).
        var report = ModerationEvaluation.Run(Eval("moderation", "blind.tsv"), t => Sajag.Safety.Moderation.Moderator.Check(t, null, Sajag.Safety.Moderation.Learned.LinearModel.Default));

        // 0.70 since the retrain on the 1,116 tuning rows of the fifth batch (AUC 0.861 → 0.915): recall 0.676 → 0.706, false
        // flags unchanged (6/105).
        // 0.75 since the retrain on the 1,776 tuning rows of the seventh batch (AUC 0.926 → 0.934): recall 0.745 → 0.755.
        Assert.True(report.FlagRecall >= 0.75, $"flag recall {report.FlagRecall:0.000} (reached 0.667, 0.706 after the fifth batch's retrain, 0.755 after the seventh's; target 0.85)");
        // 0.06 since the model was retrained on the 756 tuning rows of the fourth batch (AUC 0.832 → 0.861): recall rose
        // (0.647 → 0.667) and false flags rose with it (4/105 → 6/105); the retrain is not optional (TrainCommandTests), and the
        // model is still not in the live filter.
        // 0.04 since the seventh batch's retrain (0.048 → 0.038, 4/105).
        Assert.True(report.FalseFlagRate <= 0.04, $"false flags {report.FalseFlagRate:0.000} (reached 0.038, 0.057 after the fourth batch's retrain, 0.038 after the seventh's; target 0.05)");
        // 8 since 2026-12-07 (9 before): the rules now find one harm that only the model found. 7 since the model was retrained
        // on the 425 tuning rows of the third batch (AUC 0.778 → 0.832): recall and false flags above are unchanged (63/102, 9/105).
        // 6 since the composed rules of 2026-12-07 07:00 (branch issue-12b): the rules now find harms only the model found
        // before, so fewer are left to the model; its recall beside the rules rose (0.618 → 0.647) and false flags fell.
        Assert.True(report.Cases.Count(c => c.ByModel) >= 6, "the model finds harms the rules miss");
    }

    [Fact]
    public void Posts_BlindPart_HoldTheirFloors()
    {
        var report = PostEvaluation.Run(Eval("posts", "blind.tsv"), FixedDate.Today);

        Assert.Equal(113, report.Cases.Count);
        Assert.Equal(0, report.UnlocatedCount);
        Assert.True(report.Recall >= 0.90, $"recall {report.Recall:0.000} (reached 0.906; target 0.90)");
        Assert.True(report.FalseMarkRate <= 0.045, $"false marks {report.FalseMarkRate:0.000} (reached 0.042; target 0.05)");
    }

    // The third batch (2026-12-07), written by writers who never saw the code and split once: 60 % went into the tuning
    // parts, 40 % into these second blind parts. Floors are its figures at first sight (docs/benchmarks.md), before any
    // change was made for it.
    [Fact]
    public void Chats_SecondBlindPart_HoldTheirFloors()
    {
        var report = EvaluationReport.Run(Eval("conversations", "blind2"));

        Assert.Equal(28, report.Cases.Count);
        Assert.All(report.Cases, c => Assert.Null(c.Error));
        Assert.True(report.RiskyRecall >= 1.0, $"risky recall {report.RiskyRecall:0.000} (1.000 at first sight; target 0.90)");
        Assert.True(report.BenignFalseAlarmRate <= 0.17, $"false alarms {report.BenignFalseAlarmRate:0.000} (0.167 at first sight; target 0.10)");
        Assert.True(report.MicroF1 >= 0.855, $"sign F1 {report.MicroF1:0.000} (0.822 at first sight, 0.844 since 2026-12-07 10:30, 0.857 since 2026-12-08 02:20; target 0.80)");
    }

    [Fact]
    public void Moderation_SecondBlindPart_HoldsItsFloors()
    {
        var report = ModerationEvaluation.Run(Eval("moderation", "blind2.tsv"));

        Assert.Equal(88, report.Cases.Count);
        Assert.True(report.FlagRecall >= 0.68, $"flag recall {report.FlagRecall:0.000} (0.432 at first sight, 0.545 after the composed rules, 0.682 with the live model; target 0.85)");
        Assert.True(report.FalseFlagRate <= 0.07, $"false flags {report.FalseFlagRate:0.000} (0.114 at first sight, 0.068 after the composed rules; target 0.05)");
        Assert.True(report.UnmaskedCount == 0, $"{report.UnmaskedCount} details unmasked (0 of 16 at first sight; target 0)");
    }

    [Fact]
    public void Posts_SecondBlindPart_HoldTheirFloors()
    {
        var report = PostEvaluation.Run(Eval("posts", "blind2.tsv"), FixedDate.Today);

        Assert.Equal(40, report.Cases.Count);
        Assert.Equal(0, report.UnlocatedCount);
        Assert.True(report.Recall >= 0.93, $"recall {report.Recall:0.000} (0.933 at first sight; target 0.90)");
        Assert.True(report.FalseMarkRate <= 0.025, $"false marks {report.FalseMarkRate:0.000} (0.000 at first sight; target 0.05)");
    }

    // The fourth batch (2026-12-07 09:00 UTC): three new writers who never saw the code (two of answers, one of chats) wrote
    // 80 chats and 550 answers, split once by a fixed hash: 60 % into the tuning parts, 40 % into these third blind parts.
    // Floors are the figures at first sight on main 060664a (docs/benchmarks.md, "Fourth batch at first sight").
    [Fact]
    public void Chats_ThirdBlindPart_HoldTheirFloors()
    {
        var report = EvaluationReport.Run(Eval("conversations", "blind3"));

        Assert.Equal(32, report.Cases.Count);
        Assert.All(report.Cases, c => Assert.Null(c.Error));
        Assert.True(report.RiskyRecall >= 0.80, $"risky recall {report.RiskyRecall:0.000} (0.800 at first sight; target 0.90)");
        Assert.True(report.BenignFalseAlarmRate <= 0.072, $"false alarms {report.BenignFalseAlarmRate:0.000} (0.071 at first sight; target 0.10)");
        Assert.True(report.MicroF1 >= 0.84, $"sign F1 {report.MicroF1:0.000} (0.809 at first sight, 0.821 since 2026-12-07 23:25, 0.845 since 2026-12-08 02:20; target 0.80)");
    }

    [Fact]
    public void Moderation_ThirdBlindPart_HoldsItsFloors()
    {
        var report = ModerationEvaluation.Run(Eval("moderation", "blind3.tsv"));

        Assert.Equal(219, report.Cases.Count);
        Assert.True(report.FlagRecall >= 0.57, $"flag recall {report.FlagRecall:0.000} (0.525 at first sight, 0.567 with the live model, 0.575 after the 2,016-row retrain; target 0.85)");
        Assert.True(report.FalseFlagRate <= 0.011, $"false flags {report.FalseFlagRate:0.000} (0.010 at first sight; target 0.05)");
        Assert.True(report.UnmaskedCount == 0, $"{report.UnmaskedCount} details unmasked (0 of 20 at first sight; target 0)");
    }

    // The fifth batch (2026-12-07 12:20 UTC): three new writers who never saw the code (two of answers, one of chats) wrote
    // 80 chats and 600 answers, split once by a fixed hash: 60 % into the tuning parts, 40 % into these fourth blind parts.
    // Floors are the figures at first sight on main a0ca74f (docs/benchmarks.md, "Fifth batch at first sight"): the chats'
    // false alarms (6 of 14 benign chats) are far over the target, and this floor only keeps them from getting worse.
    [Fact]
    public void Chats_FourthBlindPart_HoldTheirFloors()
    {
        var report = EvaluationReport.Run(Eval("conversations", "blind4"));

        Assert.Equal(32, report.Cases.Count);
        Assert.All(report.Cases, c => Assert.Null(c.Error));
        Assert.True(report.RiskyRecall >= 0.99, $"risky recall {report.RiskyRecall:0.000} (0.938 at first sight, 1.000 since 2026-12-07 23:25; target 0.90)");
        Assert.True(report.BenignFalseAlarmRate <= 0.36, $"false alarms {report.BenignFalseAlarmRate:0.000} (0.429 at first sight, 0.357 since 2026-12-07 13:40; target 0.10)");
        Assert.True(report.MicroF1 >= 0.665, $"sign F1 {report.MicroF1:0.000} (0.574 at first sight, 0.586 since 2026-12-07 13:40, 0.627 since 23:25, 0.667 since 2026-12-08 02:20; target 0.80)");
    }

    [Fact]
    public void Moderation_FourthBlindPart_HoldsItsFloors()
    {
        var report = ModerationEvaluation.Run(Eval("moderation", "blind4.tsv"));

        Assert.Equal(240, report.Cases.Count);
        Assert.True(report.FlagRecall >= 0.60, $"flag recall {report.FlagRecall:0.000} (0.558 at first sight, 0.608 with the live model; target 0.85)");
        Assert.True(report.FalseFlagRate <= 0.02, $"false flags {report.FalseFlagRate:0.000} (0.025 at first sight, 0.017 since fondness and programme topics stay readable; target 0.05)");
        Assert.True(report.UnmaskedCount == 0, $"{report.UnmaskedCount} details unmasked (0 of 15 at first sight; target 0)");
    }

    // The sixth batch (2026-12-07 15:55 UTC): four new writers who never saw the code (one of chats, two of answers, one of
    // post drafts) wrote 80 chats, 600 answers and 150 drafts, split once by a fixed hash: 60 % into the tuning parts, 40 %
    // into blind5 (chats, answers) and blind3 (drafts). Floors are the figures at first sight on main 8ac97e6 (docs/benchmarks.md,
    // "Sixth batch at first sight"). The answers' 8 unmasked details and the drafts' false marks are over the targets; these
    // floors only keep them from getting worse.
    [Fact]
    public void Chats_FifthBlindPart_HoldTheirFloors()
    {
        var report = EvaluationReport.Run(Eval("conversations", "blind5"));

        Assert.Equal(32, report.Cases.Count);
        Assert.All(report.Cases, c => Assert.Null(c.Error));
        Assert.True(report.RiskyRecall >= 0.85, $"risky recall {report.RiskyRecall:0.000} (0.857 at first sight; target 0.90)");
        Assert.True(report.BenignFalseAlarmRate <= 0.0, $"false alarms {report.BenignFalseAlarmRate:0.000} (0.000 at first sight; target 0.10)");
        Assert.True(report.MicroF1 >= 0.68, $"sign F1 {report.MicroF1:0.000} (0.620 at first sight, reached 0.648, 0.667 since 2026-12-07 19:30, 0.685 since 2026-12-08 02:20; target 0.80)");
        Assert.True(report.LevelAccuracy >= 0.84, $"exact level {report.LevelAccuracy:0.000} (0.844 at first sight)");
    }

    [Fact]
    public void Moderation_FifthBlindPart_HoldsItsFloors()
    {
        var report = ModerationEvaluation.Run(Eval("moderation", "blind5.tsv"));

        Assert.Equal(240, report.Cases.Count);
        Assert.True(report.FlagRecall >= 0.62, $"flag recall {report.FlagRecall:0.000} (0.525 at first sight, 0.625 with the live model; target 0.85)");
        Assert.True(report.FalseFlagRate <= 0.05, $"false flags {report.FalseFlagRate:0.000} (0.050 at first sight; target 0.05)");
        // 1 since 2026-12-07 17:05 (issue 12p): villages named as addresses and a full name beside a school or class masked.
        Assert.True(report.UnmaskedCount <= 1, $"{report.UnmaskedCount} details unmasked (8 of 19 at first sight, 1 since 17:05; target 0)");
    }

    [Fact]
    public void Posts_ThirdBlindPart_HoldTheirFloors()
    {
        var report = PostEvaluation.Run(Eval("posts", "blind3.tsv"), FixedDate.Today);

        Assert.Equal(61, report.Cases.Count);
        Assert.Equal(0, report.UnlocatedCount);
        // 0.943 / 0.069 since 2026-12-07 17:05 (issue 12p): classes named as a curriculum, brands' handles and opposing teams' schools unmarked.
        Assert.True(report.Recall >= 0.97, $"recall {report.Recall:0.000} (0.929 at first sight, 0.943 since 17:05, 0.957 since 23:50, 0.971 since 2026-12-08 02:40; target 0.90)");
        Assert.True(report.FalseMarkRate <= 0.07, $"false marks {report.FalseMarkRate:0.000} (0.083 at first sight, 0.069 since 17:05, 0.068 since 23:50; target 0.05)");
    }

    // The eighth batch (2026-12-07 22:10 UTC): three new writers who never saw the code (one each of chats, answers and post
    // drafts) wrote 80 chats, 400 answers and 150 drafts, split once by a fixed hash (sajag-batch8:): 60 % of the chats and
    // drafts into the tuning parts, 40 % into blind6 (chats, answers) and blind4 (drafts); the 240 tuning answers wait for the
    // model's retrain (docs/benchmarks.md, "Eighth batch at first sight"). Floors are the figures at first sight on main 6a9796b.
    [Fact]
    public void Chats_SixthBlindPart_HoldTheirFloors()
    {
        var report = EvaluationReport.Run(Eval("conversations", "blind6"));

        Assert.Equal(32, report.Cases.Count);
        Assert.All(report.Cases, c => Assert.Null(c.Error));
        Assert.True(report.RiskyRecall >= 0.76, $"risky recall {report.RiskyRecall:0.000} (0.765 at first sight; target 0.90)");
        Assert.True(report.BenignFalseAlarmRate <= 0.0, $"false alarms {report.BenignFalseAlarmRate:0.000} (0.000 at first sight; target 0.10)");
        Assert.True(report.MicroF1 >= 0.795, $"sign F1 {report.MicroF1:0.000} (0.787 at first sight, 0.797 since 2026-12-07 23:25; target 0.80)");
        Assert.True(report.LevelAccuracy >= 0.715, $"exact level {report.LevelAccuracy:0.000} (0.719 at first sight)");
    }

    [Fact]
    public void Moderation_SixthBlindPart_HoldsItsFloors()
    {
        var report = ModerationEvaluation.Run(Eval("moderation", "blind6.tsv"));

        Assert.Equal(160, report.Cases.Count);
        Assert.True(report.FlagRecall >= 0.675, $"flag recall {report.FlagRecall:0.000} (0.675 with the live filter at first sight; target 0.85)");
        Assert.True(report.FalseFlagRate <= 0.025, $"false flags {report.FalseFlagRate:0.000} (0.025 at first sight; target 0.05)");
        Assert.True(report.UnmaskedCount <= 1, $"{report.UnmaskedCount} details unmasked (2 of 12 at first sight, 1 since a name with a class and section is masked; target 0)");
    }

    [Fact]
    public void Posts_FourthBlindPart_HoldTheirFloors()
    {
        var report = PostEvaluation.Run(Eval("posts", "blind4.tsv"), FixedDate.Today);

        Assert.Equal(62, report.Cases.Count);
        Assert.Equal(0, report.UnlocatedCount);
        Assert.True(report.Recall >= 0.88, $"recall {report.Recall:0.000} (0.847 at first sight, 0.881 since 2026-12-08 02:40; target 0.90)");
        Assert.True(report.FalseMarkRate <= 0.12, $"false marks {report.FalseMarkRate:0.000} (0.167 at first sight, 0.121 since 23:50, 0.117 since 2026-12-08 02:40; target 0.05)");
    }

    [Fact]
    public void TuningParts_AreScoredApartFromTheBlindParts()
    {
        Assert.Equal(["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "tuning"], EvaluationReport.Parts(Eval("conversations")).Select(p => p.Name));
        Assert.Equal(453, EvaluationReport.Run(Eval("conversations", "tuning")).Cases.Count);
        Assert.Equal(2016, ModerationEvaluation.Run(Eval("moderation", "tuning.tsv")).Cases.Count);
        Assert.Equal(424, PostEvaluation.Run(Eval("posts", "tuning.tsv"), FixedDate.Today).Cases.Count);
    }
}
