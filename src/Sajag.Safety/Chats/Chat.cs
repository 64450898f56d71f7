namespace Sajag.Safety.Chats;

/// <summary>What a message carries: words, an attachment whose content the export left out, or nothing (deleted).</summary>
public enum MessageKind
{
    /// <summary>A message with words.</summary>
    Text,

    /// <summary>A photo, video, sticker, voice note or other attachment: only its placeholder is in the export.</summary>
    Media,

    /// <summary>"This message was deleted".</summary>
    Deleted,
}

/// <summary>One message of a chat, in the order it was sent.</summary>
/// <param name="Index">Position in the chat, from 0.</param>
/// <param name="Author">The sender's display name, or null when the export names nobody (pasted text without names).</param>
/// <param name="Text">The words (for media, the export's placeholder or caption).</param>
/// <param name="SentAt">When it was sent, in the exporter's local time, if the export says.</param>
/// <param name="Kind">Text, media or deleted.</param>
public sealed record ChatMessage(int Index, string? Author, string Text, DateTime? SentAt, MessageKind Kind = MessageKind.Text);

/// <summary>A chat as read from an export: its format, its messages oldest first, and who wrote them.</summary>
/// <param name="Format">whatsapp-android, whatsapp-ios, messenger, telegram or plain.</param>
/// <param name="Messages">Messages oldest first; system notices (encryption, group changes, calls) are left out.</param>
/// <param name="Participants">Everyone who wrote at least one message, in order of first appearance.</param>
/// <param name="Title">The chat's own name when the export gives one (a Telegram or Messenger title, a WhatsApp file name).</param>
public sealed record Chat(string Format, IReadOnlyList<ChatMessage> Messages, IReadOnlyList<string> Participants, string? Title = null)
{
    /// <summary>The name given to a sender whose name is empty or only invisible marks, so the young person can still choose it.</summary>
    public const string Unnamed = "(no name)";

    internal static Chat From(string format, IEnumerable<RawMessage> messages, string? title = null)
    {
        var list = new List<ChatMessage>();
        var participants = new ParticipantList();
        foreach (var message in messages)
        {
            var m = message.ToMessage(list.Count);
            list.Add(m);
            participants.Add(m.Author);
        }

        return new Chat(format, list, participants.Names, title);
    }

    internal static string? AuthorName(string? name) => name is not null && IsBlank(name) ? Unnamed : name;

    private static bool IsBlank(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200E' or '\u200F' or '\u061C' or '\uFEFF') && c is not (>= '\u202A' and <= '\u202E') && c is not (>= '\u2066' and <= '\u2069'))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A message as a format's reader finds it, before it is numbered.</summary>
internal readonly record struct RawMessage(string? Author, string Text, DateTime? SentAt, MessageKind Kind)
{
    public ChatMessage ToMessage(int index) => new(index, Chat.AuthorName(Author), Text, SentAt, Kind);
}

/// <summary>Everyone who wrote, in order of first appearance, up to <see cref="Max"/> names.</summary>
internal sealed class ParticipantList
{
    /// <summary>
    /// The most names listed: a WhatsApp group holds at most 1,024 people. A file with more different senders is damaged or
    /// made to attack, and its list (held in memory and shown for the young person to choose from) stops growing here.
    /// </summary>
    public const int Max = 1024;

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public List<string> Names { get; } = [];

    public void Add(string? author)
    {
        if (author is not null && Names.Count < Max && _seen.Add(author))
        {
            Names.Add(author);
        }
    }
}

/// <summary>
/// A chat read as a stream: what is known of it after one pass (format, participants, number of messages, title), and its
/// messages, read again from the source each time they are enumerated. Nothing but the current messages is held in memory,
/// so a chat of any size is checked in the same memory.
/// </summary>
public sealed class StreamedChat
{
    private readonly Func<CancellationToken, IEnumerable<ChatMessage>> _messages;

    internal StreamedChat(string format, IReadOnlyList<string> participants, int count, string? title, Func<CancellationToken, IEnumerable<ChatMessage>> messages)
    {
        (Format, Participants, Count, Title, _messages) = (format, participants, count, title, messages);
    }

    /// <summary>whatsapp-android, whatsapp-ios, messenger, telegram or plain.</summary>
    public string Format { get; }

    /// <summary>Everyone who wrote at least one message, in order of first appearance.</summary>
    public IReadOnlyList<string> Participants { get; }

    /// <summary>How many messages the chat has.</summary>
    public int Count { get; }

    /// <summary>The chat's own name when the export gives one.</summary>
    public string? Title { get; }

    /// <summary>The messages oldest first, read from the source again; <paramref name="cancellationToken"/> stops the reading between messages.</summary>
    public IEnumerable<ChatMessage> Messages(CancellationToken cancellationToken = default) => _messages(cancellationToken);

    /// <summary>A chat already in memory, as a stream.</summary>
    public static StreamedChat Of(Chat chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return new StreamedChat(chat.Format, chat.Participants, chat.Messages.Count, chat.Title, ct => Each(chat.Messages, ct));
    }

    /// <summary>Every message read into memory: for small chats and tests.</summary>
    public Chat ToChat() => new(Format, Messages().ToList(), Participants, Title);

    private static IEnumerable<ChatMessage> Each(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return message;
        }
    }
}

/// <summary>Either a streamed chat or the reason it could not be read.</summary>
public sealed record StreamedChatResult(StreamedChat? Chat, ChatReadError? Error)
{
    /// <summary>Whether the chat was read.</summary>
    public bool IsRead => Chat is not null;
}

/// <summary>Why a file could not be read as a chat. <see cref="Code"/> is stable, for translation; <see cref="Message"/> is plain English.</summary>
public sealed record ChatReadError(string Code, string Message);

/// <summary>Either a chat or the reason it could not be read.</summary>
public sealed record ChatReadResult(Chat? Chat, ChatReadError? Error)
{
    /// <summary>Whether the chat was read.</summary>
    public bool IsRead => Chat is not null;

    internal static ChatReadResult Ok(Chat chat) => new(chat, null);

    internal static ChatReadResult Fail(string code, string message) => new(null, new ChatReadError(code, message));
}

/// <summary>The stable codes of <see cref="ChatReadError"/>.</summary>
public static class ChatErrors
{
    public const string Empty = "empty";
    public const string Binary = "binary";
    public const string Image = "image";
    public const string Bijoy = "bijoy";
    public const string TooLarge = "too-large";
    public const string ZipTooManyEntries = "zip-too-many-entries";
    public const string ZipTooLarge = "zip-too-large";
    public const string ZipNoChat = "zip-no-chat";
    public const string ZipSeveralChats = "zip-several-chats";
    public const string ZipBroken = "zip-broken";
    public const string JsonBroken = "json-broken";
    public const string JsonUnknown = "json-unknown";
    public const string NoMessages = "no-messages";
}
