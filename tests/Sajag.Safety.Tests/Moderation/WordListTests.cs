using System.Text;
using Sajag.Safety.Lexicons;
using Sajag.Safety.Moderation;

namespace Sajag.Safety.Tests.Moderation;

/// <summary>The word lists: every single-word term is caught as written, and a badly written list says which line is wrong.</summary>
public sealed class WordListTests
{
    public static TheoryData<string, string> Terms()
    {
        var data = new TheoryData<string, string>();
        var assembly = typeof(Moderator).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Moderation.Words.", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
            foreach (var (section, line, _) in Lexicon.Lines(reader.ReadToEnd()))
            {
                if (section is "abuse" or "sexual" or "threat" or "slur" && !line.StartsWith("phrase ", StringComparison.Ordinal))
                {
                    data.Add(section, line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim());
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Terms))]
    public void EveryListedWord_IsFlaggedWithItsCategory_AsAWordOfASentence(string category, string term)
    {
        var result = Moderator.Check($"ei {term} ta");

        Assert.Contains(category, result.ReasonCodes);
        Assert.DoesNotContain(term, result.Masked, StringComparison.Ordinal);
    }

    [Fact]
    public void TheListsHoldTermsInEveryCategoryAndLanguage()
    {
        var terms = Terms().Select(row => ((string)row[0], (string)row[1])).ToList();

        Assert.All(new[] { "abuse", "sexual", "threat", "slur" }, c => Assert.Contains(terms, t => t.Item1 == c));
        Assert.Contains(terms, t => t.Item2.Any(c => c is >= '\u0980' and <= '\u09FF'));
        Assert.True(terms.Count >= 150, $"{terms.Count} single-word terms");
    }

    [Theory]
    [InlineData("[abuse]\nsomewhere fuck", "line 2")]
    [InlineData("[abuse]\nfuck", "line 2")]
    [InlineData("# header\n\n[insults]\nword fool", "line 4")]
    [InlineData("[abuse]\nword two words", "line 2")]
    public void Parse_WithABadLine_SaysWhichLine(string file, string where)
    {
        var error = Assert.Throws<FormatException>(() => WordList.Parse([file]));

        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }
}
