using Sajag.Safety.Chats;
using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Check;

internal static class CheckHelper
{
    /// <summary>Checks a pasted chat ("Name: message" lines) with <paramref name="me"/> as the young person.</summary>
    public static CheckResult Run(string chat, string me = "Me")
    {
        var read = ChatReader.ReadText(chat);
        Assert.True(read.IsRead, read.Error?.Message);
        return ConversationCheck.Run(read.Chat!, me);
    }
}
