using System.Globalization;
using System.Text;
using Sajag.Safety.Chats;
using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Chats;

/// <summary>Each defect found by running the readers against public parsers' test exports, with the smallest input that showed it.</summary>
public sealed class ReaderDefectTests
{
    private static Chat Read(string text)
    {
        var result = ChatReader.Read(Samples.Utf8(text));
        Assert.True(result.IsRead, result.Error?.Message);
        return result.Chat!;
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"1710450300000\"")]
    [InlineData("99999999999999999")]
    [InlineData("-99999999999999999")]
    [InlineData("1.5e300")]
    public void MessengerTimestampThatIsNullQuotedOrOutOfRange_IsReadAsUnknownTime(string timestamp)
    {
        var chat = Read($$"""{"messages":[{"sender_name":"Ghost","timestamp_ms":{{timestamp}},"content":"hi"}]}""");

        Assert.Equal("hi", chat.Messages[0].Text);
        Assert.Null(chat.Messages[0].SentAt);
    }

    [Theory]
    [InlineData("""{"chats":{"list":[5]}}""")]
    [InlineData("""{"chats":{"list":["x"]}}""")]
    [InlineData("[[]]")]
    [InlineData("[5, {\"messages\": []}]")]
    public void JsonOfAnUnexpectedShape_IsExplainedNotThrown(string json)
    {
        var result = ChatReader.Read(Samples.Utf8(json));

        Assert.Equal(ChatErrors.JsonUnknown, result.Error?.Code);
    }

    [Theory]
    [InlineData("[١٢/٠٣/٢٠٢٤, ٩:٠٥:١٠] Karim: hi")] // Arabic-Indic digits
    [InlineData("[१२/०३/२०२४, ९:०५:१०] Karim: hi")] // Devanagari digits
    [InlineData("[۱۲/۰۳/۲۰۲۴, ۹:۰۵:۱۰] Karim: hi")] // Persian digits
    public void HeaderInAnyScriptsDigits_IsReadAsWhatsApp(string text)
    {
        var chat = Read(text);

        Assert.Equal("whatsapp-ios", chat.Format);
        Assert.Equal("Karim", chat.Messages[0].Author);
        Assert.Equal("hi", chat.Messages[0].Text);
        Assert.Equal(new DateTime(2024, 3, 12, 9, 5, 10), chat.Messages[0].SentAt);
    }

    public static TheoryData<string, string, DateTime?> OtherExportShapes => new()
    {
        // old iOS: no brackets, a colon after the time
        { "7/13/16, 4:56:55 PM: Karim: hi\n7/13/16, 4:57:01 PM: Rafi: hello", "whatsapp-ios", new DateTime(2016, 7, 13, 16, 56, 55) },
        // a month's name and no year
        { "Mar 5, 8:11 PM - Karim: hi\nMar 5, 8:12 PM - Rafi: hello", "whatsapp-android", null },
        { "18 Mar 12:14 - Karim: hi\n18 Mar 12:15 - Rafi: hello", "whatsapp-android", null },
        // time first, then the date with a month's name
        { "19:23, 28 Aug 2013 - Karim: hi\n19:24, 28 Aug 2013 - Rafi: hello", "whatsapp-android", new DateTime(2013, 8, 28, 19, 23, 0) },
        // Arabic: Arabic-Indic digits, right-to-left marks inside the date, the Arabic comma and م for pm
        { "١٢\u200F/٣\u200F/٢٠٢٤، ٩:٠٥ م - Karim: hi\n١٢\u200F/٣\u200F/٢٠٢٤، ٩:٠٦ م - Rafi: hello", "whatsapp-android", new DateTime(2024, 3, 12, 21, 5, 0) },
        // Vietnamese: SA / CH for am / pm
        { "12/03/2024 9:05 CH - Karim: hi\n12/03/2024 9:06 CH - Rafi: hello", "whatsapp-android", new DateTime(2024, 3, 12, 21, 5, 0) },
        // Thai Buddhist calendar (2565 BE is 2022) and the Japanese Reiwa era (R4 is 2022)
        { "[3/27/2565 BE, 21:41:35] Karim: hi\n[3/27/2565 BE, 21:41:55] Rafi: hello", "whatsapp-ios", new DateTime(2022, 3, 27, 21, 41, 35) },
        { "[3/27/R4, 21:41:35] Karim: hi\n[3/27/R4, 21:41:55] Rafi: hello", "whatsapp-ios", new DateTime(2022, 3, 27, 21, 41, 35) },
    };

    [Theory]
    [MemberData(nameof(OtherExportShapes))]
    public void ExportShapesOnceReadAsPlainText_AreReadWithTheirParticipants(string text, string format, DateTime? first)
    {
        var chat = Read(text);

        Assert.Equal(format, chat.Format);
        Assert.Equal(["Karim", "Rafi"], chat.Participants);
        Assert.Equal("hi", chat.Messages[0].Text);
        Assert.Equal(first, chat.Messages[0].SentAt);
    }

    [Fact]
    public void ASenderWhoseMessagesHoldAColon_KeepsTheirName()
    {
        var chat = Read("14/03/2024, 21:05 - Karim: Note: bring the form\n14/03/2024, 21:06 - Rafi: ok\n14/03/2024, 21:07 - Karim: Note: and a pen");

        Assert.Equal(["Karim", "Rafi"], chat.Participants);
        Assert.Equal("Note: bring the form", chat.Messages[0].Text);
    }

    [Theory]
    [InlineData("14/03/2024, 21:04 - You changed the group description: bring forms\n")]
    [InlineData("14/03/2024, 21:04 - Karim changed the subject from \"9C\" to \"9C: final\"\n")]
    [InlineData("14/03/2024, 21:04 - Karim added Rafi: welcome\n")]
    public void AndroidSystemLinesWithAColon_AreNotParticipants(string system)
    {
        var chat = Read(system + "14/03/2024, 21:05 - Karim: hi\n14/03/2024, 21:06 - Rafi: hello");

        Assert.Equal(["Karim", "Rafi"], chat.Participants);
    }

    [Fact]
    public void ANameThatIsOnlyADirectionMark_CanBeChosen()
    {
        var chat = Read("14/03/2024, 21:05 - \u200E: tumi ki eka?\n14/03/2024, 21:06 - Rafi: keno?");

        Assert.Equal([Chat.Unnamed, "Rafi"], chat.Participants);
        var choice = Participants.Resolve(chat, Chat.Unnamed);
        Assert.True(choice.IsSettled);
        Assert.Equal(Chat.Unnamed, choice.Me);
    }

    [Fact]
    public void OneInvalidByteInABanglaUtf8Chat_KeepsItUtf8()
    {
        var bytes = Samples.Utf8("14/03/2024, 21:05 - রেহনুমা: তুমি কোথায়?\n14/03/2024, 21:06 - Rafi: বাসায়");
        bytes = [.. bytes[..30], 0xFF, .. bytes[30..]];

        var result = ChatReader.Read(bytes);

        Assert.True(result.IsRead, result.Error?.Message);
        Assert.Equal("বাসায়", result.Chat!.Messages[1].Text);
    }

    [Fact]
    public void OneNulByte_DoesNotMakeTheFileBinary()
    {
        var bytes = Samples.Utf8("14/03/2024, 21:05 - Karim: hi\n14/03/2024, 21:06 - Rafi: hello");
        bytes = [.. bytes[..10], 0, .. bytes[10..]];

        var result = ChatReader.Read(bytes);

        Assert.True(result.IsRead, result.Error?.Message);
        Assert.Equal(["Karim", "Rafi"], result.Chat!.Participants);
    }

    [Fact]
    public void ManyNulBytes_StillMakeTheFileBinary()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abc\0\0\0def\0", 50)));

        Assert.Equal(ChatErrors.Binary, ChatReader.Read(bytes).Error?.Code);
    }

    [Fact]
    public void AChatWithMoreSendersThanAGroupHolds_ListsOnlyTheFirst1024_AndReadsEveryMessage()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"01/03/2024, 09:{i % 60:00} - Sender {i}: hi\n");
        }

        var opened = ChatReader.Open(Samples.Utf8(text.ToString()), "chat.txt");

        Assert.Equal(3000, opened.Chat!.Count);
        Assert.Equal(1024, opened.Chat.Participants.Count);
        Assert.Equal("Sender 0", opened.Chat.Participants[0]);
        Assert.Equal("Sender 1023", opened.Chat.Participants[^1]);
        Assert.Equal(3000, opened.Chat.Messages().Count());
    }
}
