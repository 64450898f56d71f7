using BenchmarkDotNet.Running;
using Sajag.Bench;

// `check-cpu FILE [ME] [RUNS]`: the CPU time of reading and checking one export, for figures on a shared machine where
// BenchmarkDotNet's wall-clock times are not to be trusted. Anything else goes to BenchmarkDotNet.
if (args is ["check-cpu", var file, ..])
{
    CheckCpu.Run(file, args.Length > 2 ? args[2] : "Rafi", args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

// `moderation-cpu [RUNS] [rules]`: the CPU time of the moderation filter per answer, the same way ("rules": without its
// learned part, to see what the model costs).
if (args is ["moderation-cpu", ..])
{
    ModerationCpu.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3, args.Length > 2 && args[2] == "rules");
    return;
}

// `nickname-cpu [RUNS]`: the CPU time of the typed-nickname check on the join path, per nickname.
if (args is ["nickname-cpu", ..])
{
    NicknameCpu.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

// `moderation-parts [ROUNDS]`: the CPU time of each part of the moderation filter, to see what dominates.
if (args is ["moderation-parts", ..])
{
    ModerationParts.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

// `moderation-dump ROOT FILE`: every finding of the moderation filter on the tuning texts and disguised copies, to compare
// an engine change's findings before and after.
if (args is ["moderation-dump", var root, var output])
{
    ModerationDump.Run(root, output);
    return;
}

// `detectors-dump ROOT FILE`: every result of the conversation check, the lexicon and the post check on the tuning texts, to
// compare a change to their expressions before and after.
if (args is ["detectors-dump", var dumpRoot, var dumpOutput])
{
    DetectorsDump.Run(dumpRoot, dumpOutput);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ConversationCheckBenchmarks).Assembly).Run(args);
