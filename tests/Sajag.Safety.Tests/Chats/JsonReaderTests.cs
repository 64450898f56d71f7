using Sajag.Safety.Chats;

namespace Sajag.Safety.Tests.Chats;

public sealed class JsonReaderTests
{
    private static Chat Read(string json)
    {
        var result = ChatReader.Read(Samples.Utf8(json), "message_1.json");
        Assert.True(result.IsRead, result.Error?.Message);
        return result.Chat!;
    }

    [Fact]
    public void Messenger_InFacebooksEncoding_IsRepaired_AndPutOldestFirst()
    {
        var chat = Read($$"""
            {"participants":[{"name":"{{Samples.Mojibake("নাবিলা")}}"},{"name":"Sabbir"}],
             "messages":[
               {"sender_name":"Sabbir","timestamp_ms":1709475340000,"content":"{{Samples.Mojibake("পেত্নী 😂")}}"},
               {"sender_name":"Sabbir","timestamp_ms":1709475330000,"photos":[{"uri":"x.jpg"}]},
               {"sender_name":"{{Samples.Mojibake("নাবিলা")}}","timestamp_ms":1709475302000,"content":"{{Samples.Mojibake("প্লিজ ডিলিট করো")}}","reactions":[{"reaction":"\u00f0\u009f\u0098\u00a2","actor":"Sabbir"}]}
             ]}
            """);

        Assert.Equal("messenger", chat.Format);
        Assert.Equal("নাবিলা", chat.Messages[0].Author);
        Assert.Equal("প্লিজ ডিলিট করো", chat.Messages[0].Text);
        Assert.Equal(MessageKind.Media, chat.Messages[1].Kind);
        Assert.Equal("পেত্নী 😂", chat.Messages[2].Text);
    }

    [Fact]
    public void Messenger_AlreadyInUtf8_IsNotRepaired()
    {
        // "café" and "naïve" have single Latin-1 letters that a blind repair would destroy.
        var chat = Read("""
            {"participants":[{"name":"Zoë"},{"name":"Humaira"}],
             "messages":[{"sender_name":"Zoë","timestamp_ms":2,"content":"café later? 🥳"},{"sender_name":"Humaira","timestamp_ms":1,"content":"naïve question"}]}
            """);

        Assert.Equal("naïve question", chat.Messages[0].Text);
        Assert.Equal("café later? 🥳", chat.Messages[1].Text);
        Assert.Equal("Zoë", chat.Messages[1].Author);
    }

    [Fact]
    public void Telegram_ReadsTextArraysWithEntities_AndSkipsServiceMessages()
    {
        var chat = Read("""
            {"name":"Mehjabin","type":"personal_chat","id":1,"messages":[
              {"id":1,"type":"message","date":"2024-06-01T22:10:00","date_unixtime":"1717258200","from":"Mehjabin","from_id":"user1","text":"hii","text_entities":[]},
              {"id":2,"type":"service","date":"2024-06-01T22:12:00","actor":"Mehjabin","action":"phone_call","text":""},
              {"id":3,"type":"message","date":"2024-06-01T22:13:00","from":"Mehjabin","text":["see ",{"type":"link","text":"https://t.me/x"},{"type":"bold","text":" now"}]},
              {"id":4,"type":"message","date":"2024-06-01T22:14:00","from":"Fahim","photo":"photos/1.jpg","text":""}
            ]}
            """);

        Assert.Equal("telegram", chat.Format);
        Assert.Equal("Mehjabin", chat.Title);
        Assert.Equal(3, chat.Messages.Count);
        Assert.Equal("see https://t.me/x now", chat.Messages[1].Text);
        Assert.Equal(new DateTime(2024, 6, 1, 22, 13, 0), chat.Messages[1].SentAt);
        Assert.Equal(MessageKind.Media, chat.Messages[2].Kind);
    }

    [Fact]
    public void TelegramAccountExportWithManyChats_AsksForOneChat()
    {
        var result = ChatReader.Read(Samples.Utf8("""{"chats":{"list":[{"messages":[]},{"messages":[]}]}}"""));

        Assert.Equal(ChatErrors.JsonUnknown, result.Error!.Code);
        Assert.Contains("2 chats", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"messages": [1, 2""", ChatErrors.JsonBroken)]
    [InlineData("""{"hello": "world"}""", ChatErrors.JsonUnknown)]
    [InlineData("""{"messages": []}""", ChatErrors.NoMessages)]
    public void JsonThatIsNotAChat_IsExplained(string json, string code) =>
        Assert.Equal(code, ChatReader.Read(Samples.Utf8(json)).Error!.Code);
}
