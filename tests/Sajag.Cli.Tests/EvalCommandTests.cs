using Sajag.Tests.Fixtures;

namespace Sajag.Cli.Tests;

/// <summary>`sajag eval`, `eval-moderation` and `eval-post`: each part scored apart, rows shown only when asked for.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "sajag-eval-" + Guid.NewGuid().ToString("N"));

    public EvalCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args) => Cli.Run(args);

    [Fact]
    public void Eval_OnAFolderOfParts_ScoresEachPartApart_WithoutNamingAChat()
    {
        var (exit, output, error) = Run("eval", Path.Join(TestPack.RepositoryRoot(), "eval", "conversations"));

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("== blind ==", output, StringComparison.Ordinal);
        Assert.Contains("== tuning ==", output, StringComparison.Ordinal);
        Assert.Contains("chats: 121", output, StringComparison.Ordinal);
        Assert.DoesNotContain("differences", output, StringComparison.Ordinal);
        Assert.DoesNotContain(".txt", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalModeration_CountsFlagsFalseFlagsAndUnmaskedDetails_AndListsRowsOnlyWithDetails()
    {
        var file = Path.Join(_folder, "m.tsv");
        File.WriteAllText(file, "id\tlang\tlabel\tcategory\tpii\ttext\tnote\n"
            + "a\ten\tflag\tinsult\t-\tyou are so stupid\tx\n"
            + "b\ten\tflag\tthreat\t-\thave a nice day\tx\n"
            + "c\ten\tok\tanswer\t01712-345678\tcall me 01712-345678\tx\n"
            + "d\ten\tok\tprogramme\t-\tSex education helps us\tx\n");

        var (exit, output, _) = Run("eval-moderation", file);
        var (_, detailed, _) = Run("eval-moderation", file, "--details");

        Assert.Equal(0, exit);
        Assert.Contains("flag recall: 0.500 (1/2)", output, StringComparison.Ordinal);
        Assert.Contains("false-flag rate: 0.000 (0/2)", output, StringComparison.Ordinal);
        Assert.Contains("personal details unmasked: 0 of 1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("have a nice day", output, StringComparison.Ordinal);
        Assert.Contains("b threat missed: have a nice day", detailed, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalPost_CountsMarkedDetailsAndFalseMarks()
    {
        var file = Path.Join(_folder, "p.tsv");
        File.WriteAllText(file, "id\tlang\tdetails\ttext\tnote\n"
            + "a\ten\tphone=01712-345678 || handle=@rafi_09\tcall 01712-345678 or @rafi_09\tx\n"
            + "b\ten\tage=15\tI am feeling great today\tx\n"
            + "c\ten\t-\tLovely rain today\tx\n");

        var (exit, output, _) = Run("eval-post", file);

        Assert.Equal(0, exit);
        Assert.Contains("post-check recall: 1.000 (2/2)", output, StringComparison.Ordinal);
        Assert.Contains("not found in their draft: 1", output, StringComparison.Ordinal);
        Assert.Contains("false marks: 0.000 (0 of 2 findings on nothing labelled)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Details_AreNeverListedForABlindPart()
    {
        var rows = "id\tlang\tlabel\tcategory\tpii\ttext\tnote\n" + "b\ten\tflag\tthreat\t-\thave a nice day\tx\n";
        File.WriteAllText(Path.Join(_folder, "blind2.tsv"), rows);
        File.WriteAllText(Path.Join(_folder, "tuning.tsv"), rows);
        var chats = Path.Join(_folder, "chats", "blind");
        Directory.CreateDirectory(chats);
        File.WriteAllText(Path.Join(chats, "labels.tsv"), "file\tme\tlevel\tsigns\tnote\nc.txt\tRafi\twarning\tthreat-blackmail\tx\n");
        File.WriteAllText(Path.Join(chats, "c.txt"), "1/2/25, 10:00 - Rafi: have a nice day\n1/2/25, 10:01 - Sumon: you too\n");

        var (exit, output, _) = Run("eval-moderation", _folder, "--details");
        var (chatExit, chatOutput, _) = Run("eval", Path.Join(_folder, "chats"), "--details");

        Assert.Equal(0, exit);
        var blind = output[output.IndexOf("== blind2 ==", StringComparison.Ordinal)..output.IndexOf("== tuning ==", StringComparison.Ordinal)];
        Assert.Contains("flag recall: 0.000 (0/1)", blind, StringComparison.Ordinal);
        Assert.DoesNotContain("have a nice day", blind, StringComparison.Ordinal);
        Assert.Contains("b threat missed: have a nice day", output[output.IndexOf("== tuning ==", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(0, chatExit);
        Assert.Contains("blind part", chatOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("c.txt", chatOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalModeration_WithoutAFile_ExitsTwo()
    {
        var (exit, _, error) = Run("eval-moderation", Path.Join(_folder, "none.tsv"));

        Assert.Equal(2, exit);
        Assert.Contains("No labelled TSV", error, StringComparison.Ordinal);
    }
}
