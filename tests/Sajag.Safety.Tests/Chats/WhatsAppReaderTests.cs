using Sajag.Safety.Chats;

namespace Sajag.Safety.Tests.Chats;

public sealed class WhatsAppReaderTests
{
    private static Chat Read(string text, string? fileName = null)
    {
        var result = ChatReader.Read(Samples.Utf8(text), fileName);
        Assert.True(result.IsRead, result.Error?.Message);
        return result.Chat!;
    }

    [Fact]
    public void Android_SkipsSystemLines_JoinsMultiLineMessages_AndMarksMediaAndDeleted()
    {
        var chat = Read(Samples.Android24);

        Assert.Equal("whatsapp-android", chat.Format);
        Assert.Equal(["Sakib", "Rafi"], chat.Participants);
        Assert.Equal(4, chat.Messages.Count);
        Assert.Equal("chapter 4\nand exercise 4.2", chat.Messages[1].Text);
        Assert.Equal(new DateTime(2024, 3, 14, 21, 8, 0), chat.Messages[1].SentAt);
        Assert.Equal(MessageKind.Media, chat.Messages[2].Kind);
        Assert.Equal(MessageKind.Deleted, chat.Messages[3].Kind);
    }

    public static TheoryData<string, DateTime> DateAndTimeShapes => new()
    {
        // day-first, 4-digit year, 24 hours
        { "25/12/2024, 21:05 - Rafi: hi", new DateTime(2024, 12, 25, 21, 5, 0) },
        // day-first, 2-digit year, 12 hours with U+202F before pm (newer Android)
        { "5/2/24, 11:48\u202Fpm - Rafi: hi\n25/2/24, 9:01\u202Fam - Rafi: again", new DateTime(2024, 2, 5, 23, 48, 0) },
        // a.m. with dots and a no-break space
        { "14/3/24, 7:15\u00A0a.m. - Rafi: hi", new DateTime(2024, 3, 14, 7, 15, 0) },
        // 12 am is just after midnight
        { "15/3/24, 12:01 am - Rafi: hi", new DateTime(2024, 3, 15, 0, 1, 0) },
        // month-first (US phone): 14 cannot be a month
        { "3/14/24, 9:05 PM - Rafi: hi", new DateTime(2024, 3, 14, 21, 5, 0) },
        // dots and dashes as separators
        { "14.03.24, 21:05 - Rafi: hi", new DateTime(2024, 3, 14, 21, 5, 0) },
        { "14-03-2024 21:05 - Rafi: hi", new DateTime(2024, 3, 14, 21, 5, 0) },
        // year first
        { "2024-03-14, 21:05 - Rafi: hi", new DateTime(2024, 3, 14, 21, 5, 0) },
        // Bengali digits
        { "১৪/০৩/২০২৪, ২১:০৫ - Rafi: hi", new DateTime(2024, 3, 14, 21, 5, 0) },
        // iOS: brackets, seconds, AM/PM
        { "[03/01/2024, 10:14:22 PM] Rafi: hi", new DateTime(2024, 1, 3, 22, 14, 22) },
        // iOS 24 hours with a direction mark before the bracket
        { "\u200E[18/10/2024, 22:31:07] Rafi: hi", new DateTime(2024, 10, 18, 22, 31, 7) },
    };

    [Theory]
    [MemberData(nameof(DateAndTimeShapes))]
    public void EveryDateAndTimeShape_IsRead(string text, DateTime first)
    {
        var chat = Read(text);

        Assert.Equal("Rafi", chat.Messages[0].Author);
        Assert.Equal("hi", chat.Messages[0].Text);
        Assert.Equal(first, chat.Messages[0].SentAt);
    }

    [Fact]
    public void AmbiguousDayAndMonth_IsSettledByALaterLineOfTheFile()
    {
        // 03/04 could be 3 April or 4 March; the later 20/04 shows the file is day-first.
        var chat = Read("03/04/2024, 10:00 - Rafi: one\n20/04/2024, 10:00 - Rafi: two");

        Assert.Equal(new DateTime(2024, 4, 3, 10, 0, 0), chat.Messages[0].SentAt);
    }

    [Fact]
    public void AmbiguousMonthFirstFile_IsSettledByLaterLines()
    {
        var chat = Read("03/04/2024, 10:00 - Rafi: one\n04/25/2024, 10:00 - Rafi: two");

        Assert.Equal(new DateTime(2024, 3, 4, 10, 0, 0), chat.Messages[0].SentAt);
    }

    [Fact]
    public void AllAmbiguous_ChoosesTheOrderInWhichDatesMoveForward()
    {
        // Day-first reading: 12 Jan, 1 Feb, 2 Feb (forward). Month-first: 1 Dec, 2 Jan, 2 Feb (backwards once).
        var chat = Read("12/01/2024, 10:00 - Rafi: a\n01/02/2024, 10:00 - Rafi: b\n02/02/2024, 10:00 - Rafi: c");

        Assert.Equal(new DateTime(2024, 1, 12, 10, 0, 0), chat.Messages[0].SentAt);
    }

    [Fact]
    public void Ios_SkipsNoticesSentUnderTheChatsName_AndKeepsAttachmentsAsMedia()
    {
        var chat = Read(
            "[23/02/2024, 20:10:02] 9C squad 😎: \u200EMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n" +
            "\u200E[23/02/2024, 20:11:05] Aryan: \u200Eimage omitted\n" +
            "[23/02/2024, 20:11:20] Aryan: look at this\n" +
            "[23/02/2024, 20:15:15] 9C squad 😎: \u200EAryan changed this group's icon\n" +
            "[18/10/2024, 22:43:52] Rupa Didi: \u200EMissed voice call\n");

        Assert.Equal("whatsapp-ios", chat.Format);
        Assert.Equal(["Aryan"], chat.Participants);
        Assert.Equal(MessageKind.Media, chat.Messages[0].Kind);
        Assert.Equal("look at this", chat.Messages[1].Text);
    }

    public static TheoryData<string, string, string> Authors => new()
    {
        { "14/03/2024, 21:05 - +880 1712-345678: hi", "+880 1712-345678", "hi" },
        { "14/03/2024, 21:05 - Mahi 🌻: hi", "Mahi 🌻", "hi" },
        { "14/03/2024, 21:05 - Rina Miss (English): note: page 12", "Rina Miss (English)", "note: page 12" },
        { "14/03/2024, 21:05 - Anne-Marie - BD: hi", "Anne-Marie - BD", "hi" },
        { "14/03/2024, 21:05 - রেহনুমা: হাই", "রেহনুমা", "হাই" },
        // A name with ": " in it is settled by the lines that share it.
        { "14/03/2024, 21:05 - Dr: Rahim: hi\n14/03/2024, 21:06 - Dr: Rahim: ok", "Dr: Rahim", "hi" },
    };

    [Theory]
    [MemberData(nameof(Authors))]
    public void AuthorsWithDashesColonsEmojiOrPhoneNumbers_AreReadWhole(string text, string author, string message)
    {
        var chat = Read(text);

        Assert.Equal(author, chat.Messages[0].Author);
        Assert.Equal(message, chat.Messages[0].Text);
    }

    [Fact]
    public void WhatsAppFileName_NamesTheContact()
    {
        var chat = Read("14/03/2024, 21:05 - Ghost: hi\n14/03/2024, 21:06 - Rafi: hey", "WhatsApp Chat with Ghost.txt");

        Assert.Equal("Ghost", chat.Title);
    }

    [Fact]
    public void EveryDevelopmentExport_IsReadWithItsLabelledYoungPersonAmongTheParticipants()
    {
        var folder = Check.EvaluationTests.ConversationsFolder();
        foreach (var line in File.ReadAllLines(Path.Join(folder, "labels.tsv")).Skip(1))
        {
            var cells = line.Split('\t');
            var result = ChatReader.Read(File.ReadAllBytes(Path.Join(folder, cells[0])), cells[0]);
            Assert.True(result.IsRead, $"{cells[0]}: {result.Error?.Message}");
            Assert.Contains(cells[1], result.Chat!.Participants);
            Assert.All(result.Chat.Messages, m => Assert.NotNull(m.Author));
        }
    }
}
