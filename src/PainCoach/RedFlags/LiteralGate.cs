using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace PainCoach.RedFlags;

/// <summary>
/// A cheap test that a pattern cannot match: strings of which every match must contain at least one ("foot", "feet"),
/// derived from the pattern itself when it is first asked for, so a sentence that holds none of them skips the regex
/// (most phrase patterns fail on most sentences, and scanning for them was most of the screen's time). It is only an
/// early "no": when the gate lets a text through, the regex decides as before, so results never change. A pattern
/// the reader below does not fully understand (back-references, inline options, conditionals, ...) gets no gate.
/// </summary>
internal sealed class LiteralGate
{
    // More alternatives than this are not multiplied out into longer strings (the gate would cost more than it saves).
    private const int MaxStrings = 64;

    // A gate of more strings than this costs about as much as the pattern it guards. It was 128 when a gate was one
    // Contains per string; with one SearchValues pass a larger set costs far less than the interpreter's scan, and a
    // lower cap left the how-long phrases' alternations (their word lists unioned) promising nothing.
    private const int MaxRequired = 1024;

    private static readonly ConditionalWeakTable<Regex, LiteralGate> Gates = [];

    /// <summary>The gate that lets every text through.</summary>
    internal static readonly LiteralGate Open = new(null);

    private readonly string[]? anyOf;

    // The same strings as one multi-string searcher: one vectorised pass over the text instead of one scan per string
    // (a gate can hold up to 128 strings, and the screen asks hundreds of gates about every sentence).
    private readonly SearchValues<string>? anyOfSearch;

    /// <summary>Every gate open on this thread (the plain path), for the test that the gates never change a result.</summary>
    [ThreadStatic]
    internal static bool Off;

    private LiteralGate(string[]? anyOf)
    {
        this.anyOf = anyOf;
        anyOfSearch = anyOf is null ? null : SearchValues.Create(anyOf, StringComparison.Ordinal);
    }

    /// <summary>The strings one of which every match contains; null when the pattern has no such gate.</summary>
    internal IReadOnlyList<string>? AnyOf => anyOf;

    // Patterns met but not yet read, and whether a thread-pool reader is at work on them.
    private static readonly ConcurrentQueue<Regex> Waiting = new();
    private static int reading;

    /// <summary>
    /// The pattern's gate. Reading a gate from a pattern costs about as much as building the regex, so it is read off
    /// the calling thread, once per pattern object: until it is ready the pattern runs ungated (the same answers), so
    /// the first screen of a process is not slowed by it.
    /// </summary>
    internal static LiteralGate Of(Regex pattern)
    {
        if (Gates.TryGetValue(pattern, out var gate))
        {
            return gate;
        }

        if (Gates.TryAdd(pattern, Open))
        {
            Waiting.Enqueue(pattern);
            if (Interlocked.CompareExchange(ref reading, 1, 0) == 0)
            {
                ThreadPool.UnsafeQueueUserWorkItem(_ => ReadWaiting(), null);
            }
        }

        return Open;
    }

    private static void ReadWaiting()
    {
        while (true)
        {
            while (Waiting.TryDequeue(out var pattern))
            {
                Gates.AddOrUpdate(pattern, ForOrOpen(pattern));
            }

            Volatile.Write(ref reading, 0);
            if (Waiting.IsEmpty || Interlocked.CompareExchange(ref reading, 1, 0) != 0)
            {
                return;
            }
        }
    }

    // On the thread pool, a fault in the reader must not end the process: the pattern then simply runs ungated.
    private static LiteralGate ForOrOpen(Regex pattern)
    {
        try
        {
            return For(pattern);
        }
#pragma warning disable CA1031 // any fault: the safe answer is no gate
        catch (Exception)
#pragma warning restore CA1031
        {
            return Open;
        }
    }

    /// <summary>For tests: waits until every pattern met so far has its gate, or fails after the deadline.</summary>
    internal static void WaitUntilRead(TimeSpan deadline)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!Waiting.IsEmpty || Volatile.Read(ref reading) != 0)
        {
            if (waited.Elapsed > deadline)
            {
                throw new TimeoutException($"The literal gates were not all read within {deadline}.");
            }

            Thread.Sleep(10);
        }
    }

    /// <summary>False only when the pattern cannot match anywhere in the text.</summary>
    internal bool MayMatch(string text) => MayMatch(text.AsSpan());

    /// <summary>False only when the pattern cannot match anywhere in the text.</summary>
    internal bool MayMatch(ReadOnlySpan<char> text)
    {
        return anyOfSearch is null || Off || text.ContainsAny(anyOfSearch);
    }

    /// <summary>The gate a pattern's own text allows (<see cref="Open"/> when it has none).</summary>
    internal static LiteralGate For(Regex pattern)
    {
        // Case-insensitive, whitespace-ignoring or right-to-left patterns read their text differently: no gate.
        if ((pattern.Options & ~(RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled)) != 0)
        {
            return Open;
        }

        try
        {
            var reader = new Reader(pattern.ToString());
            var node = reader.Alternation();
            if (!reader.AtEnd)
            {
                return Open;
            }

            var best = Best(node);
            return best is null ? Open : new LiteralGate([.. best.Order(StringComparer.Ordinal)]);
        }
        catch (Exception ex) when (ex is NotSupportedException or OverflowException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // Not read (or a reader fault, which must never reach the background thread): the pattern always runs.
            return Open;
        }
    }

    /// <summary>
    /// What the reader knows of a piece of pattern: <see cref="Exact"/>, every string it can match (when few and known),
    /// and <see cref="Required"/>, strings one of which each of its matches contains (null: nothing known).
    /// </summary>
    private sealed record Info(HashSet<string>? Exact, HashSet<string>? Required);

    private static readonly Info Unknown = new(null, null);

    private static readonly Info Empty = new([string.Empty], null);

    /// <summary>The more selective of the piece's known string sets, or null when neither rules anything out.</summary>
    private static HashSet<string>? Best(Info info) => Better(Useful(info.Exact), Useful(info.Required));

    private static HashSet<string>? Useful(HashSet<string>? set) => set is { Count: > 0 } && !set.Contains(string.Empty) ? set : null;

    // Longer strings are rarer in text, up to a point (a word of five letters is rare enough); among sets as rare, the
    // one with fewer strings to look for. Only the gate's speed depends on this choice, never a result.
    private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        var (rareA, rareB) = (Rarity(a), Rarity(b));
        return rareA != rareB ? (rareA > rareB ? a : b) : (a.Count <= b.Count ? a : b);
    }

    private static int Rarity(HashSet<string> set)
    {
        var min = int.MaxValue;
        foreach (var s in set)
        {
            min = Math.Min(min, s.Length);
        }

        return Math.Min(min, 5);
    }

    private static HashSet<string>? Product(HashSet<string> a, HashSet<string> b)
    {
        if ((long)a.Count * b.Count > MaxStrings)
        {
            return null;
        }

        var product = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                product.Add(x + y);
            }
        }

        return product;
    }

    /// <summary>Reads .NET pattern syntax, as much as the phrase data uses; anything else throws NotSupportedException.</summary>
    private sealed class Reader(string pattern)
    {
        private int at;

        public bool AtEnd => at >= pattern.Length;

        private char Peek => pattern[at];

        // alternation := sequence ('|' sequence)*
        public Info Alternation()
        {
            var branches = new List<Info> { Sequence() };
            while (!AtEnd && Peek == '|')
            {
                at++;
                branches.Add(Sequence());
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            HashSet<string>? exact = new(StringComparer.Ordinal);
            HashSet<string>? required = new(StringComparer.Ordinal);
            foreach (var branch in branches)
            {
                if (exact is not null && branch.Exact is not null && exact.Count + branch.Exact.Count <= MaxStrings)
                {
                    exact.UnionWith(branch.Exact);
                }
                else
                {
                    exact = null;
                }

                // Every branch must promise a string, or the whole promises nothing (nor does a set too long to look for).
                if (required is not null && Best(branch) is { } promise && required.Count + promise.Count <= MaxRequired)
                {
                    required.UnionWith(promise);
                }
                else
                {
                    required = null;
                }
            }

            return new Info(exact, required);
        }

        // sequence := (atom quantifier?)*, up to '|' or ')'
        private Info Sequence()
        {
            HashSet<string>? whole = [string.Empty]; // every string the sequence can match, while known
            HashSet<string>? run = [string.Empty]; // the known strings of the current run of exact pieces
            HashSet<string>? required = null;
            while (!AtEnd && Peek is not ('|' or ')'))
            {
                var piece = PlainText() ?? Quantified(Atom());
                required = Better(required, Best(piece));
                if (piece.Exact is null)
                {
                    required = Better(required, Useful(run));
                    run = [string.Empty];
                    whole = null;
                    continue;
                }

                whole = whole is null ? null : Product(whole, piece.Exact);
                if (Product(run!, piece.Exact) is { } longer)
                {
                    run = longer;
                }
                else
                {
                    required = Better(required, Useful(run));
                    run = piece.Exact;
                }
            }

            required = Better(required, Useful(run));
            return new Info(whole, required);
        }

        // Two or more ordinary characters in a row with no quantifier on the last, read as one string (quicker to multiply out).
        private Info? PlainText()
        {
            var end = at;
            while (end < pattern.Length && !IsSpecial(pattern[end]))
            {
                end++;
            }

            if (end < pattern.Length && pattern[end] is '*' or '+' or '?' or '{')
            {
                end--; // the quantifier (or a literal '{', read by Atom) takes the last character
            }

            if (end - at < 2)
            {
                return null;
            }

            var text = pattern[at..end];
            at = end;
            return new Info([text], [text]);
        }

        private static bool IsSpecial(char c) => c is '\\' or '[' or ']' or '(' or ')' or '{' or '}' or '|' or '.' or '^' or '$' or '*' or '+' or '?';

        private Info Quantified(Info atom)
        {
            if (AtEnd)
            {
                return atom;
            }

            int min, max;
            var start = at;
            switch (Peek)
            {
                case '*':
                    (min, max) = (0, int.MaxValue);
                    at++;
                    break;
                case '+':
                    (min, max) = (1, int.MaxValue);
                    at++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    at++;
                    break;
                case '{' when TryBraces(out min, out max):
                    break;
                default:
                    return atom;
            }

            if (!AtEnd && Peek == '?')
            {
                at++; // lazy: the same strings
            }

            if (!AtEnd && Peek is '*' or '+' or '?' || (!AtEnd && Peek == '{' && LooksLikeBraces()))
            {
                throw new NotSupportedException($"nested quantifier at {start}");
            }

            if (min == 0)
            {
                // Optional: it may match nothing, so it promises nothing; once at most, its strings or none.
                return max == 1 && atom.Exact is not null ? new Info([.. atom.Exact, string.Empty], null) : Unknown;
            }

            var promise = Best(atom);
            if (min == 1 && max == 1)
            {
                return atom;
            }

            return new Info(null, promise);
        }

        private bool LooksLikeBraces()
        {
            var save = at;
            var ok = TryBraces(out _, out _);
            at = save;
            return ok;
        }

        // {n}, {n,}, {n,m}; anything else is a literal '{' and the reader stays put.
        private bool TryBraces(out int min, out int max)
        {
            (min, max) = (0, 0);
            var i = at + 1;
            if (!Number(ref i, out min))
            {
                return false;
            }

            max = min;
            if (i < pattern.Length && pattern[i] == ',')
            {
                i++;
                if (!Number(ref i, out max))
                {
                    max = int.MaxValue;
                }
            }

            if (i >= pattern.Length || pattern[i] != '}')
            {
                return false;
            }

            at = i + 1;
            return true;
        }

        private bool Number(ref int i, out int value)
        {
            value = 0;
            var start = i;
            while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
            {
                value = checked((value * 10) + (pattern[i] - '0'));
                i++;
            }

            return i > start;
        }

        private Info Atom()
        {
            var c = pattern[at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    SkipClass();
                    return Unknown;
                case '.':
                    return Unknown;
                case '^' or '$':
                    return Empty; // zero width
                case '\\':
                    return Escape();
                case '*' or '+' or '?':
                    throw new NotSupportedException($"quantifier with nothing before it at {at - 1}");
                case '{' when LooksLikeBracesFrom(at - 1):
                    throw new NotSupportedException($"quantifier with nothing before it at {at - 1}");
                default:
                    return Literal(c);
            }
        }

        private bool LooksLikeBracesFrom(int position)
        {
            var save = at;
            at = position;
            var ok = TryBraces(out _, out _);
            at = save;
            return ok;
        }

        private static Info Literal(char c) => new([c.ToString()], [c.ToString()]);

        private Info Group()
        {
            var zeroWidth = false;
            if (!AtEnd && Peek == '?')
            {
                at++;
                if (AtEnd)
                {
                    throw new NotSupportedException("unfinished group");
                }

                switch (Peek)
                {
                    case ':':
                    case '>': // atomic: matches a subset of what its content matches
                        at++;
                        break;
                    case '=' or '!':
                        at++;
                        zeroWidth = true;
                        break;
                    case '<' when at + 1 < pattern.Length && pattern[at + 1] is '=' or '!':
                        at += 2;
                        zeroWidth = true;
                        break;
                    case '<' or '\'':
                        // A named group: (?<name>...) or (?'name'...); balancing groups are not read.
                        var close = Peek == '<' ? '>' : '\'';
                        var end = pattern.IndexOf(close, at + 1);
                        if (end < 0 || !Regex.IsMatch(pattern[(at + 1)..end], "^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant))
                        {
                            throw new NotSupportedException("group name");
                        }

                        at = end + 1;
                        break;
                    default:
                        throw new NotSupportedException($"group kind at {at}"); // inline options, conditionals, comments
                }
            }

            var inner = Alternation();
            if (AtEnd || Peek != ')')
            {
                throw new NotSupportedException("unclosed group");
            }

            at++;
            return zeroWidth ? Empty : inner;
        }

        private void SkipClass()
        {
            if (!AtEnd && Peek == '^')
            {
                at++;
            }

            var first = true;
            while (!AtEnd)
            {
                var c = pattern[at++];
                if (c == ']' && !first)
                {
                    return;
                }

                first = false;
                if (c == '\\')
                {
                    if (AtEnd)
                    {
                        break;
                    }

                    at++;
                }
                else if (c == '-' && !AtEnd && Peek == '[')
                {
                    throw new NotSupportedException("class subtraction");
                }
                else if (c == '[' && !AtEnd && Peek == ':')
                {
                    throw new NotSupportedException("posix-like class");
                }
            }

            throw new NotSupportedException("unclosed class");
        }

        private Info Escape()
        {
            if (AtEnd)
            {
                throw new NotSupportedException("trailing backslash");
            }

            var c = pattern[at++];
            switch (c)
            {
                case 'w' or 'W' or 'd' or 'D' or 's' or 'S':
                    return Unknown;
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Empty;
                case 'n':
                    return Literal('\n');
                case 't':
                    return Literal('\t');
                case 'r':
                    return Literal('\r');
                case 'f':
                    return Literal('\f');
                case 'v':
                    return Literal('\v');
                case 'e':
                    return Literal('\u001B');
                case 'a':
                    return Literal('\a');
                default:
                    // Punctuation escaped to stand for itself; letters and digits (\k, \p, \x, \1, \0...) are not read.
                    if (char.IsAsciiLetterOrDigit(c) || c > '\u007f')
                    {
                        throw new NotSupportedException($"escape \\{c}");
                    }

                    return Literal(c);
            }
        }
    }

    /// <summary>For tests and the replay tool: the gate's strings, or "(none)".</summary>
    public override string ToString() => anyOf is null ? "(none)" : new StringBuilder().AppendJoin(" | ", anyOf).ToString();
}

/// <summary>IsMatch and Match behind each pattern's <see cref="LiteralGate"/>: the same answers, without running a pattern that cannot match.</summary>
internal static class GatedRegex
{
    /// <summary>The pattern's IsMatch, not run when the gate rules the text out.</summary>
    internal static bool IsMatchGated(this Regex pattern, string text) => LiteralGate.Of(pattern).MayMatch(text) && pattern.IsMatch(text);

    /// <summary>The pattern's IsMatch on a span, not run when the gate rules the text out.</summary>
    internal static bool IsMatchGated(this Regex pattern, ReadOnlySpan<char> text) => LiteralGate.Of(pattern).MayMatch(text) && pattern.IsMatch(text);

    /// <summary>The pattern's first match (from <paramref name="start"/>), or <see cref="Match.Empty"/> when the gate rules the text out.</summary>
    internal static Match MatchGated(this Regex pattern, string text, int start = 0) => LiteralGate.Of(pattern).MayMatch(text) ? pattern.Match(text, start) : Match.Empty;

    /// <summary>The pattern's matches, none when the gate rules the text out.</summary>
    internal static IEnumerable<Match> MatchesGated(this Regex pattern, string text) => LiteralGate.Of(pattern).MayMatch(text) ? pattern.Matches(text) : [];

    /// <summary>
    /// Whether the pattern matches at the very start of the text: the same answer as its first match being at index 0
    /// (a scan tries index 0 first, and the leftmost match wins), but a text with no match there is not scanned at
    /// every later position. The pattern is asked as <c>\A(?:pattern)</c>, built once per pattern object.
    /// </summary>
    internal static bool MatchesAtStartGated(this Regex pattern, string text) =>
        LiteralGate.Of(pattern).MayMatch(text)
        && (AtStart.GetValue(pattern, AnchoredAtStart) is var anchored && !ReferenceEquals(anchored, pattern)
            ? anchored.IsMatch(text)
            : pattern.Match(text) is { Success: true, Index: 0 });

    // The anchored copy of each pattern; the pattern itself where anchoring would read differently (right to left).
    private static readonly ConditionalWeakTable<Regex, Regex> AtStart = [];

    internal static Regex AnchoredAtStart(Regex pattern) =>
        (pattern.Options & RegexOptions.RightToLeft) != 0 ? pattern : new Regex($@"\A(?:{pattern})", pattern.Options, pattern.MatchTimeout);

}
