using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Sajag.Safety.Evaluation;
using Sajag.Safety.Moderation;
using Sajag.Safety.Moderation.Learned;

namespace Sajag.Cli;

/// <summary>
/// `sajag train-moderation`: trains the moderation filter's learned part (<see cref="LinearModel"/>) with ML.NET from labelled
/// answers (the tuning part of eval/moderation, and public data where its licence allows), reproducibly (fixed seed, one
/// thread, rows in file order), and writes the n-gram weights the filter embeds. It first cross-validates on the same rows
/// (five folds by row order) to choose the regularisation and the threshold, so the blind part is never needed to train or to
/// choose.
/// </summary>
internal static class TrainCommands
{
    private static readonly string[] Columns = ["id", "label", "category", "text"];

    public static Command Moderation(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "Labelled TSVs (id lang label category pii text note) to train on; never a blind part", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => "src/Sajag.Safety/Moderation/Learned/model.tsv" };
        var falseFlags = new Option<double>("--max-false-flags") { Description = "The threshold is the lowest whose cross-validated false-flag rate (rules and model together) stays at or under this", DefaultValueFactory = _ => 0.025 };
        var added = new Option<double>("--max-added") { Description = "... and at which the model flags no more than this share of any one writer's clean rows that the rules leave (cross-validated by writer)", DefaultValueFactory = _ => 0.005 };
        var publicFiles = new Option<string[]>("--public") { Description = "Public labelled TSVs (same columns) to train on as well, where their licence allows; never scored in the cross-validation", AllowMultipleArgumentsPerToken = true };
        var publicWeight = new Option<double>("--public-weight") { Description = "The public rows' total weight as a share of the labelled files' total", DefaultValueFactory = _ => 0.5 };
        var l1 = new Option<float[]>("--l1") { Description = "L1 regularisations to choose from by cross-validation", DefaultValueFactory = _ => [0.001f], AllowMultipleArgumentsPerToken = true };
        var common = new Option<double[]>("--max-share") { Description = "Shares of the rows above which an n-gram is too common to weigh (function words, a register of speech), to choose from by cross-validation", DefaultValueFactory = _ => [0.02], AllowMultipleArgumentsPerToken = true };
        var l2 = new Option<float[]>("--l2") { Description = "L2 regularisations to choose from by cross-validation", DefaultValueFactory = _ => [0.02f, 0.1f], AllowMultipleArgumentsPerToken = true };
        var supports = new Option<double[]>("--support") { Description = "Probabilities without the answer's strongest word (0: no such condition) that a flag also needs, to choose from by cross-validation", DefaultValueFactory = _ => [0.0, 0.5, 0.8], AllowMultipleArgumentsPerToken = true };
        var command = new Command("train-moderation",
            "Train the moderation filter's learned part (logistic regressions over word and character n-grams, ML.NET) from labelled answers, choosing its regularisation and threshold by five-fold cross-validation, and write its weights.");
        command.Arguments.Add(files);
        command.Options.Add(model);
        command.Options.Add(falseFlags);
        command.Options.Add(added);
        command.Options.Add(publicFiles);
        command.Options.Add(publicWeight);
        command.Options.Add(l1);
        command.Options.Add(l2);
        command.Options.Add(common);
        command.Options.Add(supports);
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files)!;
            var extra = parse.GetValue(publicFiles) ?? [];
            if (paths.Concat(extra).Any(p => Path.GetFileNameWithoutExtension(p).Contains("blind", StringComparison.OrdinalIgnoreCase)))
            {
                error.WriteLine("A blind part is only ever scored, never trained on.");
                return 2;
            }

            try
            {
                var rows = Balanced(paths.SelectMany(p => Read(p, 1)).ToList());
                var more = extra.SelectMany(p => Read(p, 1)).ToList();
                var weight = more.Count == 0 ? 0 : (float)(parse.GetValue(publicWeight) * rows.Count / more.Count);
                var grid = (from m in parse.GetValue(common)! from a in parse.GetValue(l1)! from b in parse.GetValue(l2)! from g in parse.GetValue(supports)! select new Settings(a, b, m, g)).ToList();
                Train(rows, more.Select(r => r with { Weight = weight }).ToList(), grid, parse.GetValue(model)!, new Limits(parse.GetValue(falseFlags), parse.GetValue(added)), output);
                return 0;
            }
            catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
            {
                error.WriteLine(ex.Message);
                return 2;
            }
        });
        return command;
    }

    // Value: what each present n-gram counts for, 1 / sqrt(the row's n-grams), as LinearModel scores.
    private sealed record Row(string Text, bool Flag, int Kind, string[] Features, float Value, float Weight, string Writer);

    private sealed record Settings(float L1, float L2, double MaxShare, double Support);

    private sealed record Limits(double FalseFlags, double AddedPerWriter);

    // Each row's cross-validated probability, and its probability without its strongest word.
    private sealed record Scores(double[] Probability, double[] Support)
    {
        public bool Flags(int row, double threshold, double support) => Probability[row] >= threshold && Support[row] >= support;
    }

    // Each class weighs as much as the other in total, so the model leans neither way because one was written more.
    private static List<Row> Balanced(List<Row> rows)
    {
        var flags = rows.Count(r => r.Flag);
        var clean = rows.Count - flags;
        return flags == 0 || clean == 0 ? rows : rows.Select(r => r.Flag ? r with { Weight = r.Weight * rows.Count / (2f * flags) } : r with { Weight = r.Weight * rows.Count / (2f * clean) }).ToList();
    }

    private static IEnumerable<Row> Read(string path, float weight)
    {
        foreach (var row in LabelledRows.Read(path, Columns))
        {
            var flag = row["label"].Trim().Equals("flag", StringComparison.OrdinalIgnoreCase);
            var kind = !flag ? -1 : row["category"].Trim().ToLowerInvariant() switch
            {
                "insult" or "swearing" or "abuse" => 0,
                "sexual-harassment" or "sexual" => 1,
                "threat" or "coercion" => 2,
                "slur" => 3,
                var other => throw new FormatException($"{path}: row {row["id"]} has the unknown category '{other}'."),
            };
            yield return new Row(row["text"], flag, kind, [.. NGrams.Of(row["text"]).Keys], 1 / MathF.Sqrt(Math.Max(1, NGrams.Count(row["text"]))), weight, Writer(row["id"]));
        }
    }

    // The letters an id starts with name the batch and writer it came from ("m012", "v104"): the folds are by writer.
    private static string Writer(string id) => new(id.Trim().TakeWhile(char.IsAsciiLetter).ToArray());

    private static void Train(List<Row> rows, List<Row> more, List<Settings> grid, string path, Limits limits, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"rows: {rows.Count} (flag {rows.Count(r => r.Flag)}, ok {rows.Count(r => !r.Flag)}); public rows: {more.Count}, each weighing {more.FirstOrDefault()?.Weight ?? 0:0.####}"));
        var byRules = rows.Select(r => Moderator.Check(r.Text, null, null).HasHarmfulWords).ToArray();
        var folds = Folds(rows);

        // Each regularisation is scored by cross-validation (a fold per writer): the recall of rules and model together at the
        // lowest threshold that holds their false flags, and the model's own on each writer's clean rows, to the limits. The
        // best (the first of equals) is kept.
        output.WriteLine(string.Create(c, $"cross-validated ({folds.Distinct().Count()} folds{(folds.Distinct().Count() == 5 ? " by row order" : ", one per writer")}), rules and model together, per regularisation:"));
        output.WriteLine("share     l1     l2  support    auc  threshold  recall  false-flags");
        (Settings Settings, Scores Scores, double Threshold, double Recall)? best = null;
        foreach (var settings in grid)
        {
            var scores = CrossValidate(rows, more, settings, folds);
            var threshold = Threshold(rows, byRules, scores, settings.Support, folds, limits);
            var (recall, falseRate) = Rates(rows, i => byRules[i] || scores.Flags(i, threshold, settings.Support));
            output.WriteLine(string.Create(c, $"{settings.MaxShare,5:0.00}  {settings.L1,5:0.000}  {settings.L2,5:0.00}  {settings.Support,7:0.00}  {Auc(rows, scores.Probability),5:0.000}  {threshold,9:0.000}  {recall,6:0.000}  {falseRate,11:0.000}"));
            if (best is null || recall > best.Value.Recall)
            {
                best = (settings, scores, threshold, recall);
            }
        }

        var (chosen, chosenScores, cut, _) = best!.Value;
        output.WriteLine(string.Create(c, $"chosen: share {chosen.MaxShare:0.00}, l1 {chosen.L1:0.000}, l2 {chosen.L2:0.00}, support {chosen.Support:0.00}"));
        output.WriteLine("threshold  recall  false-flags  model-alone-recall  model-alone-false  most-added-on-a-writer");
        foreach (var t in (double[])[0.999, 0.995, 0.99, 0.98, 0.97, 0.96, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5])
        {
            var (recall, falseRate) = Rates(rows, i => byRules[i] || chosenScores.Flags(i, t, chosen.Support));
            var (alone, aloneFalse) = Rates(rows, i => chosenScores.Flags(i, t, chosen.Support));
            output.WriteLine(string.Create(c, $"{t,9:0.000}  {recall,6:0.000}  {falseRate,11:0.000}  {alone,18:0.000}  {aloneFalse,17:0.000}  {Added(rows, byRules, chosenScores, chosen.Support, folds, t),22:0.000}"));
        }

        var (rulesRecall, rulesFalse) = Rates(rows, i => byRules[i]);
        output.WriteLine(string.Create(c, $"rules alone: {rulesRecall:0.000} / {rulesFalse:0.000}"));
        output.WriteLine(string.Create(c, $"model alone, area under the ROC curve (cross-validated): {Auc(rows, chosenScores.Probability):0.000}"));
        var model = Fit([.. rows, .. more], chosen, flagOnly: false);
        var text = Write(model.Weights, model.Bias, cut, chosen.Support, rows.Count + more.Count);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        output.WriteLine(string.Create(c, $"threshold: {cut:0.000}; {model.Weights.Count} n-grams with a weight written to {path}"));
    }

    // One fold per writer (the letters the ids start with) when the rows have several, else five folds by row order: each row
    // is scored by a model that never saw it nor, by writer, any row its writer wrote, as a blind part's rows are.
    private static int[] Folds(List<Row> rows)
    {
        var writers = rows.Select(r => r.Writer).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return writers.Count >= 3
            ? rows.Select(r => writers.IndexOf(r.Writer)).ToArray()
            : rows.Select((_, i) => i % 5).ToArray();
    }

    private static Scores CrossValidate(List<Row> rows, List<Row> more, Settings settings, int[] folds)
    {
        var probability = new double[rows.Count];
        var support = new double[rows.Count];
        foreach (var fold in folds.Distinct())
        {
            var train = rows.Where((_, i) => folds[i] != fold).Concat(more).ToList();
            var fitted = Fit(train, settings, flagOnly: true).Load(0.5);
            for (var i = 0; i < rows.Count; i++)
            {
                if (folds[i] == fold)
                {
                    var verdict = fitted.Score(rows[i].Text);
                    probability[i] = verdict.Probability;
                    support[i] = verdict.Support;
                }
            }
        }

        return new Scores(probability, support);
    }

    // The lowest threshold (in thousandths, from 0.999 down to 0.300, stopping at the first that fails) whose false flags, rules
    // and model together, stay within the limit, and at which the model adds no more than its limit of false flags to the
    // clean rows of any one writer (a blind part is a few new writers' rows).
    private static double Threshold(List<Row> rows, bool[] byRules, Scores scores, double support, int[] folds, Limits limits)
    {
        var chosen = 0.999;
        for (var thousandths = 999; thousandths >= 300; thousandths--)
        {
            var t = thousandths / 1000.0;
            if (Rates(rows, i => byRules[i] || scores.Flags(i, t, support)).FalseRate > limits.FalseFlags || Added(rows, byRules, scores, support, folds, t) > limits.AddedPerWriter)
            {
                break;
            }

            chosen = t;
        }

        return chosen;
    }

    // The largest share of one fold's clean rows that the model flags and the rules do not.
    private static double Added(List<Row> rows, bool[] byRules, Scores scores, double support, int[] folds, double threshold)
    {
        var most = 0.0;
        foreach (var fold in folds.Distinct())
        {
            int clean = 0, added = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                if (folds[i] == fold && !rows[i].Flag)
                {
                    clean++;
                    added += !byRules[i] && scores.Flags(i, threshold, support) ? 1 : 0;
                }
            }

            most = clean == 0 ? most : Math.Max(most, (double)added / clean);
        }

        return most;
    }

    private static double Auc(List<Row> rows, double[] probability)
    {
        var flags = Enumerable.Range(0, rows.Count).Where(i => rows[i].Flag).Select(i => probability[i]).ToList();
        var clean = Enumerable.Range(0, rows.Count).Where(i => !rows[i].Flag).Select(i => probability[i]).ToList();
        double wins = 0;
        foreach (var f in flags)
        {
            foreach (var o in clean)
            {
                wins += f > o ? 1 : f == o ? 0.5 : 0;
            }
        }

        return flags.Count * clean.Count == 0 ? 0 : wins / (flags.Count * clean.Count);
    }

    private static (double Recall, double FalseRate) Rates(List<Row> rows, Func<int, bool> flagged)
    {
        int flags = 0, caught = 0, clean = 0, wrong = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Flag)
            {
                flags++;
                caught += flagged(i) ? 1 : 0;
            }
            else
            {
                clean++;
                wrong += flagged(i) ? 1 : 0;
            }
        }

        return (flags == 0 ? 0 : (double)caught / flags, clean == 0 ? 0 : (double)wrong / clean);
    }

    private sealed record Fitted(Dictionary<string, float[]> Weights, float[] Bias)
    {
        public LinearModel Load(double threshold)
        {
            using var reader = new StringReader(Write(Weights, Bias, threshold, 0, 0));
            return LinearModel.Parse(reader);
        }
    }

    private sealed class Example
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }
    }

    // One logistic regression for "harmful or not" over every row, then one per kind of harm over the harmful rows.
    private static Fitted Fit(List<Row> rows, Settings settings, bool flagOnly)
    {
        // An n-gram counts if at least two rows have it, so one writer's one-off word does not carry weight alone, and if no
        // more than a share of the rows have it: a function word or a register ("e", "na", an informal verb ending) says
        // how someone talks, not what they say, and the harmful rows of the tuning part are written more informally.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in rows.SelectMany(r => r.Features))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }

        var most = settings.MaxShare * rows.Count;
        var vocabulary = counts.Where(kv => kv.Value >= 2 && kv.Value <= most).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        var index = vocabulary.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var vectors = rows.Select(r =>
        {
            var indices = r.Features.Where(index.ContainsKey).Select(f => index[f]).Order().ToArray();
            return new VBuffer<float>(vocabulary.Count, indices.Length, Enumerable.Repeat(r.Value, indices.Length).ToArray(), indices);
        }).ToList();

        var columns = new float[vocabulary.Count][];
        for (var k = 0; k < columns.Length; k++)
        {
            columns[k] = new float[LinearModel.Kinds.Count + 1];
        }

        var bias = new float[LinearModel.Kinds.Count + 1];
        for (var head = 0; head <= (flagOnly ? 0 : LinearModel.Kinds.Count); head++)
        {
            var members = Enumerable.Range(0, rows.Count).Where(i => head == 0 || rows[i].Flag).ToList();
            var labels = members.Select(i => head == 0 ? rows[i].Flag : rows[i].Kind == head - 1).ToList();
            if (labels.All(l => l) || labels.All(l => !l))
            {
                bias[head] = labels.Count > 0 && labels[0] ? 10 : -10;
                continue;
            }

            var (weights, b) = Logistic(members.Select((i, n) => new Example { Label = labels[n], Weight = rows[i].Weight, Features = vectors[i] }).ToList(), vocabulary.Count, settings);
            bias[head] = b;
            for (var k = 0; k < weights.Length; k++)
            {
                columns[k][head] = weights[k];
            }
        }

        var kept = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var k = 0; k < vocabulary.Count; k++)
        {
            if (columns[k].Any(w => Math.Abs(w) >= 0.0005f))
            {
                kept[vocabulary[k]] = columns[k];
            }
        }

        return new Fitted(kept, bias);
    }

    private static (float[] Weights, float Bias) Logistic(List<Example> examples, int size, Settings settings)
    {
        var ml = new MLContext(seed: 12);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        var data = ml.Data.LoadFromEnumerable(examples, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Example.Label),
            FeatureColumnName = nameof(Example.Features),
            ExampleWeightColumnName = nameof(Example.Weight),
            L1Regularization = settings.L1,
            L2Regularization = settings.L2,
            NumberOfThreads = 1,
            ShowTrainingStatistics = false,
        });
        var fitted = trainer.Fit(data).Model.SubModel;
        return (fitted.Weights.ToArray(), fitted.Bias);
    }

    private static string Write(Dictionary<string, float[]> weights, float[] bias, double threshold, double support, int rows)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"# Sajag moderation model: written by `sajag train-moderation` from {rows} labelled rows; do not edit by hand.");
        b.AppendLine("# feature\tflag\tabuse\tsexual\tthreat\tslur (weights of logistic regressions; features as in NGrams.cs)");
        b.AppendLine(c, $"threshold\t{threshold:0.000}");
        if (support > 0)
        {
            b.AppendLine(c, $"support\t{support:0.00}");
        }

        b.AppendLine("(bias)\t" + string.Join('\t', bias.Select(w => w.ToString("0.####", c))));
        foreach (var (feature, w) in weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            b.AppendLine(feature + "\t" + string.Join('\t', w.Select(x => x.ToString("0.####", c))));
        }

        return b.ToString();
    }
}
