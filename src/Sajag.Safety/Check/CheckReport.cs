using System.Text.Encodings.Web;
using System.Text.Json;
using Sajag.Safety.Chats;

namespace Sajag.Safety.Check;

/// <summary>One sign as <c>sajag check --json</c> and <c>POST /api/check</c> show it.</summary>
public sealed record ReportSign(string Code, int Message, string? Author, string Text, string Cue);

/// <summary>The check's result as one JSON object, the same for the command line and the web API.</summary>
/// <remarks><see cref="Signs"/> lists at most 500 signs; <see cref="SignsFound"/> counts them all.</remarks>
public sealed record CheckReport(
    string Format, int Messages, IReadOnlyList<string> Participants, string? Me, string Level,
    IReadOnlyList<ReportSign> Signs, int SignsFound, IReadOnlyList<string> Stages, IReadOnlyList<string> Advice)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Bangla and emoji as themselves, not \uXXXX: the output is read by people too.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report of a check.</summary>
    public static CheckReport From(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var chat = result.Chat;
        return new CheckReport(chat.Format, chat.Count, chat.Participants, result.Me, CheckTexts.Name(result.Level),
            result.Signs.Select(s => new ReportSign(s.Code, s.Message, s.Author, s.Text, s.Cue)).ToList(), result.SignsFound, result.Stages, result.Advice);
    }

    /// <summary>The report as one line of JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>
/// Reads a chat, settles who "me" is, and runs the check: the one path the command line, the web API and the /check page
/// share. The chat is read as a stream (<see cref="StreamedChat"/>), so the memory it takes does not grow with the chat, and
/// a cancelled request stops the reading and the check between two messages.
/// </summary>
public static class ChatCheck
{
    /// <summary>Either a result, or a reading error, or the participants to choose from.</summary>
    public sealed record Outcome(CheckResult? Result, ChatReadError? ReadError, string? MeError, IReadOnlyList<string> Participants);

    /// <summary>Checks the bytes of a chat export (an upload held in memory).</summary>
    public static Outcome Run(byte[] bytes, string? fileName, string? me, ChatLimits? limits = null, CancellationToken cancellationToken = default) =>
        Run(ChatReader.Open(bytes, fileName, limits, cancellationToken), me, cancellationToken);

    /// <summary>Checks a chat export on disk, reading it from the disk as it goes.</summary>
    public static Outcome RunFile(string path, string? me, ChatLimits? limits = null, CancellationToken cancellationToken = default) =>
        Run(ChatReader.Open(path, limits, cancellationToken), me, cancellationToken);

    /// <summary>Checks pasted text.</summary>
    public static Outcome RunText(string text, string? me, CancellationToken cancellationToken = default) =>
        Run(ChatReader.OpenText(text, null, cancellationToken), me, cancellationToken);

    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled: the work stops at the next message.</exception>
    private static Outcome Run(StreamedChatResult read, string? me, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (read.Chat is not { } chat)
        {
            return new Outcome(null, read.Error, null, []);
        }

        var choice = Participants.Resolve(chat.Participants, chat.Title, me);
        if (!choice.IsSettled)
        {
            return new Outcome(null, null, choice.Error, chat.Participants);
        }

        try
        {
            return new Outcome(ConversationCheck.Run(chat, choice.Me, cancellationToken: cancellationToken), null, null, chat.Participants);
        }
        catch (ChatLimitException ex)
        {
            return new Outcome(null, ex.Error, null, []); // the file grew past the limit between two readings
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            return new Outcome(null, ChatReader.Damaged(), null, []); // the file changed or broke between two readings
        }
    }
}
