using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sajag.Tests.Fixtures;

namespace Sajag.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "sajag-cli-" + Guid.NewGuid().ToString("N"));

    public CheckCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The text output names the helplines of the default pack; the tests run outside the repository's root.
    private static (int Exit, string Output, string Error) Run(params string[] args) =>
        Cli.Run(args[0] != "check" || args.Contains("--pack") ? args : [.. args, "--pack", TestPack.DefaultPackPath]);

    private string Write(string name, string text)
    {
        var path = Path.Join(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Conversations => Path.GetFullPath(Path.Join(TestPack.RepositoryRoot(), "..", "shared", "eval", "conversations"));

    [Fact]
    public void CheckJson_PrintsExactlyOneObjectOfTheAgreedShape()
    {
        var (exit, output, error) = Run("check", Path.Join(Conversations, "004-late-night-video-call.txt"), "--me", "Riya", "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["format", "messages", "participants", "me", "level", "signs", "signsFound", "stages", "advice"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("whatsapp-android", root.GetProperty("format").GetString());
        Assert.Equal("Riya", root.GetProperty("me").GetString());
        Assert.Equal("danger", root.GetProperty("level").GetString());
        var sign = root.GetProperty("signs")[0];
        Assert.Equal(["code", "message", "author", "text", "cue"], sign.EnumerateObject().Select(p => p.Name));
        Assert.Equal("isolation-check", sign.GetProperty("code").GetString());
        Assert.Equal("+880 1255-552107", sign.GetProperty("author").GetString());
        Assert.Equal("everyone sleeping at ur home?", sign.GetProperty("text").GetString());
        Assert.Contains("take-it-down", root.GetProperty("advice").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void CheckWithoutMe_OnATwoPersonChatWithAnObviousContact_Works()
    {
        var (exit, output, _) = Run("check", Path.Join(Conversations, "004-late-night-video-call.txt"), "--json");

        Assert.Equal(0, exit);
        Assert.Contains("\"me\":\"Riya\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckWithoutMe_OnAGroup_ListsTheParticipantsAndAsksForMe()
    {
        var (exit, output, error) = Run("check", Path.Join(Conversations, "010-class-whatsapp-threat.txt"));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("Participants: Nahian, Rafi, Sakib, Tonmoy", error, StringComparison.Ordinal);
        Assert.Contains("--me", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckInBangla_WritesTheLevelAndAdviceInBangla()
    {
        var path = Write("chat.txt", "Stranger: tumi ki ekhon eka?\nMe: keno");

        var (exit, output, _) = Run("check", path, "--me", "Me", "--lang", "bn");

        Assert.Equal(0, exit);
        Assert.Contains("খেয়াল রাখো", output, StringComparison.Ordinal);
        Assert.Contains("তুমি একা কিনা খোঁজ নেওয়া", output, StringComparison.Ordinal);
        Assert.Contains("\"tumi ki ekhon eka\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckOfANoneChat_ExitsZero()
    {
        var (exit, output, _) = Run("check", Path.Join(Conversations, "005-teacher-homework-photo.txt"), "--me", "Farhan", "--json");

        Assert.Equal(0, exit);
        Assert.Contains("\"level\":\"none\"", output, StringComparison.Ordinal);
        Assert.Contains("\"signs\":[]", output, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> Unreadable => new()
    {
        { "empty.txt", [], "The file is empty." },
        { "photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46], "JPEG picture" },
        { "binary.bin", [0x00, 0x13, 0xFE, 0x00, 0x01, 0x88, 0x00, 0x07, 0x41], "not text" },
        { "bijoy.txt", "Rahim: Avwg †Zvgv‡K fvjevwm\nRahim: Zzwg wK GKv?"u8.ToArray(), "Bijoy keyboard" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void CheckOfAnUnreadableFile_ExitsTwoWithAClearMessage(string name, byte[] bytes, string says)
    {
        var path = Path.Join(_folder, name);
        File.WriteAllBytes(path, bytes);

        var (exit, output, error) = Run("check", path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains($"Could not read '{path}'", error, StringComparison.Ordinal);
        Assert.Contains(says, error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckText_NamesTheHelplineNumbersOfThePackItIsGiven()
    {
        var path = Path.Join(Conversations, "004-late-night-video-call.txt");
        var pack = Path.Join(_folder, "pack");
        CopyFolder(TestPack.DefaultPackPath, pack);
        var helplines = Path.Join(pack, "helplines.yaml");
        File.WriteAllText(helplines, File.ReadAllText(helplines).Replace("number: \"1098\"", "number: \"4321\"", StringComparison.Ordinal));

        var (exit, output, error) = Run("check", path, "--me", "Riya", "--pack", pack);
        var (_, fromDefault, _) = Run("check", path, "--me", "Riya");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("Call the Child Helpline 4321", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1098", output, StringComparison.Ordinal);
        Assert.Contains("Call the Child Helpline 1098", fromDefault, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckText_WithoutAReadablePack_ExitsTwoAndSaysWhy()
    {
        var path = Write("chat.txt", "Stranger: tumi ki ekhon eka?\nMe: keno");

        var (exit, output, error) = Run("check", path, "--me", "Me", "--pack", Path.Join(_folder, "no-pack"));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("helpline numbers", error, StringComparison.Ordinal);
        Assert.Equal(0, Run("check", path, "--me", "Me", "--json", "--pack", Path.Join(_folder, "no-pack")).Exit); // JSON gives advice as codes
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [Fact]
    public void CheckOfAMissingFile_OrAStranger_ExitsTwo()
    {
        Assert.Equal(2, Run("check", Path.Join(_folder, "nope.txt")).Exit);
        var (exit, _, error) = Run("check", Write("c.txt", "Tuli: hi\nJannat: hey"), "--me", "Rafi");
        Assert.Equal(2, exit);
        Assert.Contains("'Rafi' is not a participant", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_OnTheDevelopmentChats_ReportsFiguresAboveTheFloors()
    {
        var (exit, output, error) = Run("eval", Conversations);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Matches(@"personal-info-request\s+\d\.\d\d\s+\d\.\d\d", output);
        Assert.True(Figure(output, "risky recall \\(warning or danger\\)") >= 0.9, output);
        Assert.True(Figure(output, "benign false-alarm rate") <= 0.1, output);
        Assert.True(Figure(output, "F1") >= 0.8, output);
        Assert.Matches(@"level accuracy: \d\.\d{3} \(\d+/60\)", output);
    }

    [Fact]
    public void Eval_WithoutLabels_ExitsTwo()
    {
        var (exit, _, error) = Run("eval", _folder);

        Assert.Equal(2, exit);
        Assert.Contains("No labels.tsv", error, StringComparison.Ordinal);
    }

    private static double Figure(string output, string label) =>
        double.Parse(Regex.Match(output, label + @":\s+(\d\.\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

    [Fact]
    public void ADeviceWithNoLength_IsRefusedAtTheLimitNotReadToTheEnd()
    {
        var (exit, output, error) = Run("check", "/dev/zero");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("larger than 200 MB", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameStartingWithAt_IsANameNotAResponseFile()
    {
        var path = Write("chat.txt", "14/03/2024, 21:05 - @rafi: hi\n14/03/2024, 21:06 - Karim: tumi ki eka?\n");

        var (exit, output, error) = Run("check", path, "--me", "@rafi", "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("\"me\":\"@rafi\"", output, StringComparison.Ordinal);
    }
}
