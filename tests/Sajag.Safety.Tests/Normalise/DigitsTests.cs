using Sajag.Safety.Normalise;

namespace Sajag.Safety.Tests.Normalise;

public sealed class DigitsTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "০১৭১২৩৪৫৬৭৮", "01712345678" },
        { "আমার বয়স ১৪", "আমার বয়স 14" },
        { "call 01712-৩৪৫৬৭৮", "call 01712-345678" },
        { "０１７１２３４５６７８", "01712345678" },
        { "no digits here", "no digits here" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ToAscii_ReplacesBengaliDigitsAndKeepsOffsets(string text, string expected)
    {
        var ascii = Digits.ToAscii(text);

        Assert.Equal(expected, ascii);
        Assert.Equal(text.Length, ascii.Length);
    }

    [Theory]
    [InlineData('৭', 7)]
    [InlineData('7', 7)]
    [InlineData('০', 0)]
    [InlineData('a', -1)]
    [InlineData('ক', -1)]
    public void ValueOf_ReadsBothScripts(char c, int value)
    {
        Assert.Equal(value, Digits.ValueOf(c));
        Assert.Equal(value >= 0, Digits.IsDigit(c));
    }

    [Theory]
    [InlineData('৯', '9')]
    [InlineData('９', '9')]
    [InlineData('4', '4')]
    [InlineData('ক', 'ক')]
    public void ToAscii_OfOneCharacter_FoldsBengaliAndFullWidthDigitsOnly(char c, char expected)
    {
        Assert.Equal(expected, Digits.ToAscii(c));
    }
}
