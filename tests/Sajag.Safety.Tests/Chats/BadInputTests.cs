using System.Text;
using Sajag.Safety.Chats;

namespace Sajag.Safety.Tests.Chats;

public sealed class BadInputTests
{
    private const string Chat = "14/03/2024, 21:05 - Ghost: tumi kon school e poro?\n14/03/2024, 21:06 - Rafi: কেন?";

    [Theory]
    [InlineData(new byte[0], ChatErrors.Empty)]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, ChatErrors.Empty)]
    [InlineData(new byte[] { 0x00, 0x13, 0xFE, 0x00, 0x01, 0x88, 0x00, 0x07, 0x41 }, ChatErrors.Binary)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, ChatErrors.Image)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, ChatErrors.Image)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, ChatErrors.Image)]
    public void UnreadableBytes_AreExplainedNotAnalysed(byte[] bytes, string code)
    {
        var result = ChatReader.Read(bytes);

        Assert.False(result.IsRead);
        Assert.Equal(code, result.Error!.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
    }

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Chat)] },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Chat)] },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Chat)] },
        { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes(Chat) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void UnicodeEncodings_AreReadLikeUtf8(string name, byte[] bytes)
    {
        var result = ChatReader.Read(bytes);

        Assert.True(result.IsRead, $"{name}: {result.Error?.Message}");
        Assert.Equal("tumi kon school e poro?", result.Chat!.Messages[0].Text);
        Assert.Equal("কেন?", result.Chat.Messages[1].Text);
    }

    [Fact]
    public void Windows1252Text_IsReadRatherThanRefused()
    {
        var bytes = Encoding.Latin1.GetBytes("Zara: caf\u00e9 after school?\nNafisa: ok");

        Assert.Equal("café after school?", ChatReader.Read(bytes).Chat!.Messages[0].Text);
    }

    public static TheoryData<string> BijoyTexts => new()
    {
        // আমি তোমাকে ভালবাসি / তুমি কি একা? / কাউকে বলবে না
        "Rahim: Avwg †Zvgv‡K fvjevwm\nRahim: Zzwg wK GKv?\nRahim: KvD‡K ej‡e bv",
        "14/03/2024, 21:05 - Rahim: †Zvgvi evmv †Kv_vq?\n14/03/2024, 21:06 - Rahim: Avgvi Kv‡Q Avm",
    };

    [Theory]
    [MemberData(nameof(BijoyTexts))]
    public void BijoyKeyboardText_IsDetectedAndExplained(string text)
    {
        var result = ChatReader.ReadText(text);

        Assert.Equal(ChatErrors.Bijoy, result.Error!.Code);
        Assert.Contains("Bijoy", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ornob: WhatsApp and YouTube and iPhone, PlayStation tonight?")]
    [InlineData("Tithi: ami kal coaching e jabo, tumi ki ashba?")]
    [InlineData("Tithi: আমি কাল কোচিংয়ে যাব")]
    public void OrdinaryTextWithOddCapitals_IsNotTakenForBijoy(string text) =>
        Assert.True(ChatReader.ReadText(text).IsRead);

    [Fact]
    public void AFileOverTheLimit_IsRefusedUnread()
    {
        var result = ChatReader.Read(new byte[2048], limits: ChatLimits.Default with { MaxBytes = 1024 });

        Assert.Equal(ChatErrors.TooLarge, result.Error!.Code);
    }
}
