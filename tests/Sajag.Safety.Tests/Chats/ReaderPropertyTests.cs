using System.Text;
using CsCheck;
using Sajag.Safety.Chats;

namespace Sajag.Safety.Tests.Chats;

/// <summary>No reader throws, whatever the bytes: it reads a chat or says why not.</summary>
public sealed class ReaderPropertyTests
{
    private static void ReadsOrExplains(byte[] bytes)
    {
        var result = ChatReader.Read(bytes, "chat.txt", ChatLimits.Default with { MaxZipUncompressedBytes = 16 * 1024 * 1024, MaxChatTextBytes = 4 * 1024 * 1024 });
        Assert.True(result.IsRead ^ (result.Error is not null));
    }

    [Fact]
    public void ArbitraryBytes_NeverThrow() =>
        Gen.Byte.Array[0, 4096].Sample(ReadsOrExplains, iter: 3000);

    public static TheoryData<string> Seeds => new()
    {
        Samples.Android24,
        "[03/01/2024, 10:14:22 PM] Capt: Hello beautiful\n[03/01/2024, 10:20:05 PM] Sadia: who are you?",
        """{"participants":[{"name":"A"}],"messages":[{"sender_name":"A","timestamp_ms":1,"content":"\u00e0\u00a6\u00aa"}]}""",
        """{"name":"M","messages":[{"id":1,"type":"message","from":"M","text":["a",{"type":"link","text":"b"}]}]}""",
        "Rakib: hi\nTahmid: hello",
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DamagedExports_NeverThrow(string seed)
    {
        var text = Encoding.UTF8.GetBytes(seed);
        var zipped = Samples.Zip(("_chat.txt", text));
        foreach (var original in new[] { text, zipped })
        {
            Gen.Int[0, original.Length - 1].Array[1, 8].Select(Gen.Byte.Array[1, 8]).Sample((positions, values) =>
            {
                var damaged = (byte[])original.Clone();
                for (var i = 0; i < positions.Length; i++)
                {
                    damaged[positions[i]] = values[i % values.Length];
                }

                ReadsOrExplains(damaged);
                ReadsOrExplains(damaged[..(positions[0] + 1)]);
            }, iter: 500);
        }
    }

    [Fact]
    public void ArbitraryText_NeverThrows() =>
        Gen.String.Sample(text => Assert.True(ChatReader.ReadText(text).IsRead || ChatReader.ReadText(text).Error is not null), iter: 3000);
}
