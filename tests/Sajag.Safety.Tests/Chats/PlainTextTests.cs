using Sajag.Safety.Chats;

namespace Sajag.Safety.Tests.Chats;

public sealed class PlainTextTests
{
    [Fact]
    public void NameColonMessage_LinesAreMessagesWithAuthors()
    {
        var chat = ChatReader.ReadText("Rakib_07: which school u go to?\nTahmid: why\nTahmid: govt lab\nsecond line\nRakib_07: cool");

        Assert.Equal("plain", chat.Chat!.Format);
        Assert.Equal(["Rakib_07", "Tahmid"], chat.Chat.Participants);
        Assert.Equal("govt lab\nsecond line", chat.Chat.Messages[2].Text);
    }

    [Fact]
    public void TextWithoutNames_IsOneMessagePerLineWithNoAuthor()
    {
        var chat = ChatReader.ReadText("send me a pic of you\nnow, at 10:30 before ur mom comes").Chat!;

        Assert.Empty(chat.Participants);
        Assert.Equal(2, chat.Messages.Count);
        Assert.All(chat.Messages, m => Assert.Null(m.Author));
    }
}
