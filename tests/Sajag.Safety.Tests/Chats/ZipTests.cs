using Sajag.Safety.Chats;

namespace Sajag.Safety.Tests.Chats;

public sealed class ZipTests
{
    [Fact]
    public void WhatsAppZip_ReadsOnlyTheChatText_NotTheMedia()
    {
        var zip = Samples.Zip(
            ("WhatsApp Chat with Ghost.txt", Samples.Utf8("14/03/2024, 21:05 - Ghost: hi\n14/03/2024, 21:06 - Rafi: hey")),
            ("IMG-20240314-WA0001.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]));

        var result = ChatReader.Read(zip, "WhatsApp Chat with Ghost.zip");

        Assert.True(result.IsRead, result.Error?.Message);
        Assert.Equal("Ghost", result.Chat!.Title);
        Assert.Equal(2, result.Chat.Messages.Count);
    }

    [Fact]
    public void IosZip_FindsUnderscoreChatTxt()
    {
        var zip = Samples.Zip(("_chat.txt", Samples.Utf8("[03/01/2024, 10:14:22 PM] Rafi: hi")), ("00000001-PHOTO.jpg", [1, 2]));

        Assert.Equal("whatsapp-ios", ChatReader.Read(zip).Chat!.Format);
    }

    [Fact]
    public void ZipWithTooManyEntries_IsRefusedBeforeReading()
    {
        var entries = Enumerable.Range(0, 30).Select(i => ($"{i}.jpg", new byte[] { 1 })).Prepend(("_chat.txt", Samples.Utf8("[03/01/2024, 10:14:22 PM] Rafi: hi"))).ToArray();
        var limits = ChatLimits.Default with { MaxZipEntries = 20 };

        var result = ChatReader.Read(Samples.Zip(entries), limits: limits);

        Assert.Equal(ChatErrors.ZipTooManyEntries, result.Error!.Code);
    }

    [Fact]
    public void ZipBomb_IsRefusedFromItsDirectory()
    {
        // 200 MB of zeros compresses to about 200 KB.
        var zeros = new byte[200 * 1024 * 1024];
        var bomb = Samples.Zip(("_chat.txt", zeros));
        Assert.True(bomb.Length < 1024 * 1024);

        var result = ChatReader.Read(bomb);

        Assert.Equal(ChatErrors.ZipTooLarge, result.Error!.Code);
    }

    [Fact]
    public void ZipBombThatLiesAboutItsSize_IsStoppedWhileReading()
    {
        var content = new byte[5 * 1024 * 1024];
        Array.Fill(content, (byte)'a');
        var zip = Samples.Zip(("_chat.txt", content));
        // Rewrite the declared uncompressed size (local header offset 22, central directory offset 24) to 100 bytes.
        Patch(zip, [0x50, 0x4B, 0x03, 0x04], 22);
        Patch(zip, [0x50, 0x4B, 0x01, 0x02], 24);

        var result = ChatReader.Read(zip, limits: ChatLimits.Default with { MaxChatTextBytes = 1024 * 1024 });

        // Either refused, or read no further than the size the directory declared: never the 5 MB inside.
        Assert.True(!result.IsRead || result.Chat!.Messages.Sum(m => m.Text.Length) <= 100, "the entry was unpacked past its declared size");
    }

    [Fact]
    public void ZipWithoutAChat_OrWithSeveral_IsExplained()
    {
        Assert.Equal(ChatErrors.ZipNoChat, ChatReader.Read(Samples.Zip(("a.jpg", [1]))).Error!.Code);
        Assert.Equal(ChatErrors.ZipSeveralChats, ChatReader.Read(Samples.Zip(("a.txt", Samples.Utf8("x: y")), ("b.txt", Samples.Utf8("x: y")))).Error!.Code);
    }

    private static void Patch(byte[] zip, byte[] signature, int offset)
    {
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            if (zip.AsSpan(i, 4).SequenceEqual(signature))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + offset, 4), 100u);
                return;
            }
        }

        Assert.Fail("signature not found");
    }
}
