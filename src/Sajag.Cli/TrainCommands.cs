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
/// (five folds by row order) to choose the threshold, so the blind part is never needed to train or to choose.
/// </summary>
internal static class TrainCommands
{
    private static readonly string[] Columns = ["id", "label", "category", "text"];

    public static Command Moderation(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "Labelled TSVs (id lang label category pii text note) to train on; never a blind part", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => "src/Sajag.Safety/Moderation/Learned/model.tsv" };
        var added = new Option<double>("--live-max-added") { Description = "The live threshold is the lowest (in thousandths) at which, cross-validated one writer at a time, the model flags no more than this share of any writer's clean answers the rules leave (0.01: one in a hundred; 0.005: none)", DefaultValueFactory = _ => 0.01 };
        var falseFlags = new Option<double>("--max-false-flags") { Description = "The threshold is the lowest whose cross-validated false-flag rate (rules and model together) stays at or under this", DefaultValueFactory = _ => 0.025 };
        var publicFiles = new Option<string[]>("--public") { Description = "Public labelled TSVs (same columns) to train on as well, where their licence allows; never scored in the cross-validation", AllowMultipleArgumentsPerToken = true };
        var publicWeight = new Option<double>("--public-weight") { Description = "The public rows' total weight as a share of the labelled files' total", DefaultValueFactory = _ => 0.5 };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation", DefaultValueFactory = _ => 0.1f };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation", DefaultValueFactory = _ => 2f };
        var command = new Command("train-moderation",
            "Train the moderation filter's learned part (logistic regressions over word and character n-grams, ML.NET) from labelled answers, choosing its threshold by five-fold cross-validation, and write its weights.");
        command.Arguments.Add(files);
        command.Options.Add(model);
        command.Options.Add(falseFlags);
        command.Options.Add(added);
        command.Options.Add(publicFiles);
        command.Options.Add(publicWeight);
        command.Options.Add(l1);
        command.Options.Add(l2);
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
                var rows = paths.SelectMany(p => Read(p, 1)).ToList();
                var more = extra.SelectMany(p => Read(p, 1)).ToList();
                var weight = more.Count == 0 ? 0 : (float)(parse.GetValue(publicWeight) * rows.Count / more.Count);
                var settings = new Settings(parse.GetValue(l1), parse.GetValue(l2));
                Train(rows, more.Select(r => r with { Weight = weight }).ToList(), settings, parse.GetValue(model)!, parse.GetValue(falseFlags), parse.GetValue(added), output);
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

    // Writer: the letters an id starts with ("m012", "y140"), one per batch and writer.
    private sealed record Row(string Text, bool Flag, int Kind, string[] Features, float Weight, string Writer);

    private sealed record Settings(float L1, float L2);

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
            yield return new Row(row["text"], flag, kind, [.. NGrams.Of(row["text"]).Keys], weight, new string(row["id"].Trim().TakeWhile(char.IsAsciiLetter).ToArray()));
        }
    }

    private static void Train(List<Row> rows, List<Row> more, Settings settings, string path, double maxFalseFlags, double liveMaxAdded, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"rows: {rows.Count} (flag {rows.Count(r => r.Flag)}, ok {rows.Count(r => !r.Flag)}); public rows: {more.Count}, each weighing {more.FirstOrDefault()?.Weight ?? 0:0.####}"));

        // Five folds by row order: each row is scored by a model that never saw it; the rules alone give the other half.
        var probability = new double[rows.Count];
        for (var fold = 0; fold < 5; fold++)
        {
            var train = rows.Where((_, i) => i % 5 != fold).Concat(more).ToList();
            var fitted = Fit(train, settings, flagOnly: true).Load(0.5);
            for (var i = fold; i < rows.Count; i += 5)
            {
                probability[i] = fitted.Score(rows[i].Text).Probability;
            }
        }

        var byRules = rows.Select(r => Moderator.Check(r.Text, null, null).HasHarmfulWords).ToArray();
        output.WriteLine("cross-validated (5 folds), rules and model together:");
        output.WriteLine("threshold  recall  false-flags  model-alone-recall  model-alone-false");
        var chosen = 0.95;
        for (var t = 0.95; t >= 0.2 - 1e-9; t -= 0.05)
        {
            var (recall, falseRate) = Rates(rows, i => byRules[i] || probability[i] >= t);
            var (alone, aloneFalse) = Rates(rows, i => probability[i] >= t);
            output.WriteLine(string.Create(c, $"{t,9:0.00}  {recall,6:0.000}  {falseRate,11:0.000}  {alone,18:0.000}  {aloneFalse,17:0.000}"));
            if (falseRate <= maxFalseFlags)
            {
                chosen = t;
            }
        }

        output.WriteLine(string.Create(c, $"model alone, area under the ROC curve (cross-validated): {Auc(rows, probability):0.000}"));
        var live = LiveThreshold(rows, more, settings, byRules, liveMaxAdded, output);
        var model = Fit([.. rows, .. more], settings);
        var text = Write(model.Weights, model.Bias, chosen, live, rows.Count + more.Count);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        output.WriteLine(string.Create(c, $"threshold: {chosen:0.00}; live threshold: {live:0.000}; {model.Weights.Count} n-grams with a weight written to {path}"));
    }

    // The live filter's threshold: each writer's rows scored by a model trained on the other writers' rows only, as a blind
    // part's new writers are, then the lowest threshold (in thousandths, from 0.999 down, stopping at the first that fails) at
    // which the model flags no more than the limit of any one writer's clean answers that the rules leave alone.
    private static double LiveThreshold(List<Row> rows, List<Row> more, Settings settings, bool[] byRules, double maxAdded, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var writers = rows.Select(r => r.Writer).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var probability = new double[rows.Count];
        foreach (var writer in writers)
        {
            var fitted = Fit(rows.Where(r => r.Writer != writer).Concat(more).ToList(), settings, flagOnly: true).Load(0.5);
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Writer == writer)
                {
                    probability[i] = fitted.Score(rows[i].Text).Probability;
                }
            }
        }

        double MostAdded(double t) => writers.Max(w =>
        {
            var clean = Enumerable.Range(0, rows.Count).Where(i => rows[i].Writer == w && !rows[i].Flag).ToList();
            return clean.Count == 0 ? 0 : (double)clean.Count(i => !byRules[i] && probability[i] >= t) / clean.Count;
        });

        var live = 0.999;
        for (var thousandths = 999; thousandths >= 500 && MostAdded(thousandths / 1000.0) <= maxAdded; thousandths--)
        {
            live = thousandths / 1000.0;
        }

        output.WriteLine("clean answers the model adds at the live threshold, per writer (held out): " + string.Join(", ", writers.Select(w =>
        {
            var clean = Enumerable.Range(0, rows.Count).Where(i => rows[i].Writer == w && !rows[i].Flag).ToList();
            return string.Create(c, $"{w} {clean.Count(i => !byRules[i] && probability[i] >= live)}/{clean.Count}");
        })));
        output.WriteLine(string.Create(c, $"cross-validated one writer at a time ({writers.Count} writers), rules and model together:"));
        output.WriteLine("threshold  recall  false-flags  most-added-on-a-writer");
        foreach (var t in ((double[])[0.999, 0.995, 0.99, 0.98, 0.97, 0.96, 0.95, 0.9, 0.8]).Append(live).Order().Reverse().Distinct())
        {
            var (recall, falseRate) = Rates(rows, i => byRules[i] || probability[i] >= t);
            output.WriteLine(string.Create(c, $"{t,9:0.000}  {recall,6:0.000}  {falseRate,11:0.000}  {MostAdded(t),22:0.000}{(t == live ? "  <- live" : "")}"));
        }

        double MostFalse(double t) => writers.Max(w =>
        {
            var clean = Enumerable.Range(0, rows.Count).Where(i => rows[i].Writer == w && !rows[i].Flag).ToList();
            return clean.Count == 0 ? 0 : (double)clean.Count(i => byRules[i] || probability[i] >= t) / clean.Count;
        });

        output.WriteLine("lowest threshold (thousandths) at which rules and model flag at most this share of any writer's clean answers:");
        foreach (var limit in (double[])[0.02, 0.025, 0.03, 0.035, 0.04, 0.05])
        {
            var t = 0.999;
            for (var thousandths = 999; thousandths >= 500 && MostFalse(thousandths / 1000.0) <= limit; thousandths--)
            {
                t = thousandths / 1000.0;
            }

            var (recall, falseRate) = Rates(rows, i => byRules[i] || probability[i] >= t);
            output.WriteLine(string.Create(c, $"  {limit:0.000}: threshold {t:0.000}, recall {recall:0.000}, false flags {falseRate:0.000}"));
        }

        output.WriteLine("lowest threshold (thousandths) at which the model adds at most this share of any writer's clean answers:");
        foreach (var limit in (double[])[0.005, 0.01, 0.015, 0.02, 0.03, 0.05])
        {
            var t = 0.999;
            for (var thousandths = 999; thousandths >= 500 && MostAdded(thousandths / 1000.0) <= limit; thousandths--)
            {
                t = thousandths / 1000.0;
            }

            var (recall, falseRate) = Rates(rows, i => byRules[i] || probability[i] >= t);
            output.WriteLine(string.Create(c, $"  {limit:0.000}: threshold {t:0.000}, recall {recall:0.000}, false flags {falseRate:0.000}"));
        }

        return live;
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
            using var reader = new StringReader(Write(Weights, Bias, threshold, null, 0));
            return LinearModel.Parse(reader);
        }
    }

    private sealed class Example
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }
    }

    // One logistic regression for "harmful or not" over every row, then one per kind of harm over the harmful rows (not when
    // only the probability is wanted, as in cross-validation).
    private static Fitted Fit(List<Row> rows, Settings settings, bool flagOnly = false)
    {
        // An n-gram counts if at least two rows have it, so one writer's one-off word does not carry weight alone.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in rows.SelectMany(r => r.Features))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }

        var vocabulary = counts.Where(kv => kv.Value >= 2).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        var index = vocabulary.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var vectors = rows.Select(r =>
        {
            var indices = r.Features.Where(index.ContainsKey).Select(f => index[f]).Order().ToArray();
            return new VBuffer<float>(vocabulary.Count, indices.Length, Enumerable.Repeat(1f, indices.Length).ToArray(), indices);
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

    private static string Write(Dictionary<string, float[]> weights, float[] bias, double threshold, double? live, int rows)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"# Sajag moderation model: written by `sajag train-moderation` from {rows} labelled rows; do not edit by hand.");
        b.AppendLine("# feature\tflag\tabuse\tsexual\tthreat\tslur (weights of logistic regressions; features as in NGrams.cs)");
        b.AppendLine(c, $"threshold\t{threshold:0.00}");
        if (live is { } l)
        {
            b.AppendLine(c, $"live-threshold\t{l:0.000}");
        }

        b.AppendLine("(bias)\t" + string.Join('\t', bias.Select(w => w.ToString("0.####", c))));
        foreach (var (feature, w) in weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            b.AppendLine(feature + "\t" + string.Join('\t', w.Select(x => x.ToString("0.####", c))));
        }

        return b.ToString();
    }
}
