using Sajag.Safety.Normalise;

namespace Sajag.Safety.Tests.Normalise;

public sealed class TextNormaliserTests
{
    public static TheoryData<string, string> SameWords => new()
    {
        { "PLEEEASE", "please" },
        { "bhaiii", "bhai" },
        { "s3nd", "send" },
        { "n00ds", "nods" },
        { "shotti", "sotti" },
        { "bhalo", "valo" },
        { "kotha", "kota" },
        { "zaan", "jaan" },
        { "ছবী", "ছবি" },
        { "শরীর", "সরির" },
        { "don't", "dont" },
        { "১৪", "14" },
        { "photo", "foto" },
        { "thik", "tik" },
        { "thooong", "thong" },
    };

    // A folding that turns one real word into another is wrong: Banglish "tong" (a tea stall) is not "thong".
    [Theory]
    [InlineData("thong", "tong")]
    [InlineData("shame", "same")]
    [InlineData("then", "ten")]
    [InlineData("shit", "sit")]
    [InlineData("thank", "tank")]
    public void RealWords_AreNotFoldedIntoOtherRealWords(string a, string b) =>
        Assert.NotEqual(TextNormaliser.Token(b), TextNormaliser.Token(a));

    [Theory]
    [MemberData(nameof(SameWords))]
    public void Spellings_NormaliseToTheSameWord(string a, string b) =>
        Assert.Equal(TextNormaliser.Token(b), TextNormaliser.Token(a));

    [Theory]
    [InlineData("1000tk", " 1000tk ")]
    [InlineData("M416", " m416 ")]
    [InlineData("10:30", " 10 30 ")]
    public void NumbersStayNumbers(string text, string normalised) =>
        Assert.Equal(normalised, TextNormaliser.Normalise(text).Text);

    [Fact]
    public void MatchedWords_MapBackToTheOriginalText()
    {
        var text = TextNormaliser.Normalise("Hey!! Send me a P1C, now.");
        var start = text.Text.IndexOf(" send ", StringComparison.Ordinal) + 1;
        var end = text.Text.IndexOf(" now ", StringComparison.Ordinal);

        Assert.Equal("Send me a P1C", text.OriginalOf(start, end - start));
    }
}
