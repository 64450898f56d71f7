using System.Text;
using Sajag.Safety.Moderation.Learned;
using Sajag.Safety.Normalise;
using Sajag.Tests.Fixtures;

namespace Sajag.Safety.Tests.Moderation;

/// <summary>
/// The live filter's fast path to the learned model (<see cref="LinearModel.ProbabilityOf"/>: the text normalised into a buffer
/// with no string per word, <see cref="TextNormaliser.NormaliseInto"/>, and the character n-grams probed in a packed table)
/// against the reference path (<see cref="TextNormaliser.Normalise"/>, then <see cref="LinearModel.Score(NormalisedText)"/>):
/// the same normalised text and the same probability to the last bit, on every tuning answer, draft and chat line, and on
/// copies with look-alike letters, accents, emoji and Bengali letters typed in decomposed forms put in.
/// </summary>
public sealed class ModelFastPathTests
{
    private static readonly string[] Insertions =
    [
        "ѕех", "ｆｕｃｋ", "café naïve", "😏🔪", "য়", "য\u09BC", "ড\u09BC", "ঢ়", "ক\u09C7\u09BE", "ক\u09C7\u09D7", "কো", "ক\u09CD\u09BC",
        "s3nd n00ds", "pleeease", "bhaiii", "tor chobi viral kore dibo", "I w i l l kill you", "Ｔｏｒ", "Ω≈ç√", "\u200Bhi\u200D", "x\u0301y",
        "৳১০০", "১৮+", "h@te", "don’t", "a\uFFFDb", "ﬁne", "Ǆ",
    ];

    private static IEnumerable<string> Texts() =>
        TuningTexts.WithInsertions(TuningTexts.Rows(TestPack.RepositoryRoot(), chatLines: true), Insertions)
            .Append("")
            .Append(new string('ক', 3000) + " " + new string('a', 300));

    [Fact]
    public void EveryText_IsNormalisedAlike_AndScoredAlike_ToTheLastBit()
    {
        var model = LinearModel.Default!;
        var buffer = new char[4];
        var differences = new List<string>();
        var count = 0;
        foreach (var text in Texts())
        {
            count++;
            var reference = TextNormaliser.Normalise(text);
            var length = TextNormaliser.NormaliseInto(text, ref buffer);
            var fast = new string(buffer, 0, length);
            var probability = model.ProbabilityOf(text);
            if (fast != reference.Text || BitConverter.DoubleToInt64Bits(probability) != BitConverter.DoubleToInt64Bits(model.Score(reference).Probability))
            {
                differences.Add($"{text}\n  fast:      {fast} {probability:R}\n  reference: {reference.Text} {model.Score(reference).Probability:R}");
            }
        }

        Assert.True(count > 10_000, $"only {count} texts");
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    [Fact]
    public void ATokenJudgedComposed_IsInFormC_ForEveryPairOfAsciiAndBengaliCharacters()
    {
        var characters = Enumerable.Range(' ', '~' - ' ' + 1).Concat(Enumerable.Range(0x0980, 0x80)).Select(c => (char)c).ToArray();
        var wrong = new List<string>();
        foreach (var a in characters)
        {
            foreach (var b in characters.Prepend('\0'))
            {
                var pair = b == '\0' ? a.ToString() : string.Concat(a, b);
                if (TextNormaliser.IsComposed(pair) && !pair.IsNormalized(NormalizationForm.FormC))
                {
                    wrong.Add(string.Join(" ", pair.Select(c => $"U+{(int)c:X4}")));
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(", ", wrong.Take(20)));
        // What it sends to the tables: য় as one code point, ে + া.
        Assert.False(TextNormaliser.IsComposed("\u09DF"));
        Assert.False(TextNormaliser.IsComposed("\u0995\u09C7\u09BE"));
        Assert.True(TextNormaliser.IsComposed("\u0995\u09CB"));
    }
}
