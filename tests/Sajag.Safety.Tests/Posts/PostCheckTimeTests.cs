using System.Diagnostics;
using CsCheck;
using Sajag.Safety.Posts;

namespace Sajag.Safety.Tests.Posts;

/// <summary>Timing tests run alone, so other tests do not share the cores they measure.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "timing";
}

/// <summary>
/// The post check's work grows with the draft, not with its square: a draft made of one short piece repeated (the shape that
/// made a 10,000-character draft cost seconds) costs at most a few times a normal draft of the same length. Ratios, not wall time,
/// so a loaded machine slows both sides alike.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class PostCheckTimeTests
{
    // Worst measured ratio after the rewrite is about 2-3; a quadratic pattern gives 50-200 on 10,000 characters.
    private const double MostTimesANormalDraft = 8;

    private static readonly string NormalDraft = Repeat(
        "Hi, I'm Rafi Ahmed! Today is my birthday, 12 March. We are at Jamuna Future Park right now, call 01712-345678 or "
        + "mail rafi@example.com. I study at Motijheel Ideal School, class 8, section B. House 12, Road 5, Dhanmondi. "
        + "আমার নাম নুসরাত জাহান, আমি মিরপুরে থাকি, ক্লাস ৯ এ পড়ি। amar nam Tanvir, ami Uttara te thaki, ekhon Bashundhara achi. "
        + "what a lovely day with friends at the river, we played cricket and ate fuchka, see you all tomorrow!\n");

    // The probe's drafts, and pieces built from what the patterns repeat: name and place words joined by ' - / #, digits, dots, @.
    public static TheoryData<string> KnownPieces => new()
    {
        "A'", "1'", "1-", "a-", "a/", "1/", "A#", "a’", "Ab-", "a.", "a@", "1.", "1 ", "a ", "im ", "age 1 ", "@a", "a.a@",
        "school ", "A School ", "Road ", "আ'", "ক-", "মি/", "১-", "ami ", "আমি ", "born ", "jonmo", "my name is ", "A ",
    };

    [Theory]
    [MemberData(nameof(KnownPieces))]
    public void ADraftOfOnePieceRepeated_CostsAtMostAFewNormalDrafts(string piece)
    {
        var draft = Repeat(piece);
        var (cost, normal) = Costs(draft);

        Assert.True(cost <= MostTimesANormalDraft * normal,
            $"\"{piece}\" x {draft.Length / piece.Length}: {cost.TotalMilliseconds:F0} ms, a normal draft {normal.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void AnyShortPieceRepeated_CostsAtMostAFewNormalDrafts()
    {
        Gen.Char["Aa1০ক া্'’-/#.,:@_ \n"].Array[1, 4].Select(chars => new string(chars))
            .Sample(piece =>
            {
                var (cost, normal) = Costs(Repeat(piece));
                Assert.True(cost <= MostTimesANormalDraft * normal,
                    $"\"{piece}\" repeated: {cost.TotalMilliseconds:F0} ms, a normal draft {normal.TotalMilliseconds:F0} ms");
            }, iter: 60, threads: 1);
    }

    private static string Repeat(string piece)
    {
        var text = new System.Text.StringBuilder(PostCheck.MaxLength + piece.Length);
        while (text.Length + piece.Length <= PostCheck.MaxLength)
        {
            text.Append(piece);
        }

        return text.ToString();
    }

    // The fastest of five runs of each, taken in turn: load on the machine only ever adds time, so the fastest run is the
    // closest to what the work costs, and taking them in turn puts both drafts under the same load.
    private static (TimeSpan Draft, TimeSpan Normal) Costs(string draft)
    {
        var (best, normal) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var i = 0; i < 5; i++)
        {
            best = Min(best, Time(draft));
            normal = Min(normal, Time(NormalDraft));
        }

        return (best, normal);

        static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
    }

    private static TimeSpan Time(string draft)
    {
        var clock = Stopwatch.StartNew();
        PersonalDetailFinder.Find(draft, FixedDate.Today);
        return clock.Elapsed;
    }
}
