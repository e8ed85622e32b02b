using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;

namespace PainCoach.Tests.Architecture;

/// <summary>
/// Which namespaces of the library use which: every type a type names in its signatures, fields, locals and method
/// bodies (IL operands resolved through the module), plus the <c>using</c> directives and qualified names of the
/// source files, which also catch constants the compiler copies into the IL.
/// </summary>
internal static partial class NamespaceDependencies
{
    public const string Root = "PainCoach";

    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>The concept a namespace belongs to: its first segment under <see cref="Root"/>, or the root itself.</summary>
    public static string? ConceptOf(string? ns)
    {
        if (ns is null || (ns != Root && !ns.StartsWith(Root + ".", StringComparison.Ordinal)))
        {
            return null;
        }

        var rest = ns.Length == Root.Length ? string.Empty : ns[(Root.Length + 1)..];
        return rest.Length == 0 ? Root : rest.Split('.')[0];
    }

    /// <summary>Edges (from, to, because) between concepts of <paramref name="assembly"/>, found by reflection.</summary>
    public static IEnumerable<(string From, string To, string Because)> FromTypes(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (ConceptOf(type.Namespace) is not { } from)
            {
                continue;
            }

            foreach (var used in TypesUsedBy(type).Distinct())
            {
                if (ConceptOf(used.Namespace) is { } to && to != from)
                {
                    yield return (NodeOf(type, from), NodeOf(used, to), $"{type.FullName} uses {used.FullName}");
                }
            }
        }
    }

    /// <summary>Edges from the <c>using</c> directives and <c>PainCoach.X.</c> names in the library's source files.</summary>
    public static IEnumerable<(string From, string To, string Because)> FromSources(string libraryDirectory, IReadOnlySet<string> concepts)
    {
        foreach (var file in Directory.EnumerateFiles(libraryDirectory, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (ConceptOf(FileNamespace().Match(text).Groups["ns"].Value) is not { } from)
            {
                continue;
            }

            var node = from == Root ? RootNodeOfFile(file) : from;
            foreach (Match match in QualifiedName().Matches(text))
            {
                var to = match.Groups["ns"].Value;
                if (concepts.Contains(to) && to != from)
                {
                    yield return (node, to, $"{Path.GetFileName(file)} names {match.Value.Trim()}");
                }
            }
        }
    }

    /// <summary>
    /// The root namespace holds two kinds of type: the composition (<c>AddPainCoach</c>, which knows every concept)
    /// and what every concept may share (<c>PainCoachOptions</c>, <c>AzureEnvironment</c>). They are separate nodes.
    /// </summary>
    public const string Composition = "PainCoach (composition)";

    public const string Shared = "PainCoach (shared)";

    private static string NodeOf(Type type, string concept)
    {
        if (concept != Root)
        {
            return concept;
        }

        var outer = type;
        while (outer.DeclaringType is { } declaring)
        {
            outer = declaring;
        }

        return outer.Name == "PainCoachServiceCollectionExtensions" ? Composition : Shared;
    }

    private static string RootNodeOfFile(string file) =>
        Path.GetFileNameWithoutExtension(file) == "PainCoachServiceCollectionExtensions" ? Composition : Shared;

    /// <summary>A cycle in <paramref name="edges"/> as the list of its nodes, or null when there is none.</summary>
    public static IReadOnlyList<string>? FindCycle(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct().Order(StringComparer.Ordinal).ToList());
        var state = new Dictionary<string, int>(); // 1 = on the current path, 2 = done
        var path = new List<string>();

        IReadOnlyList<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var to in next.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(to) == 1)
                {
                    return [.. path.Skip(path.IndexOf(to)), to];
                }

                if (state.GetValueOrDefault(to) == 0 && Visit(to) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (var node in next.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static List<Type> TypesUsedBy(Type type)
    {
        var found = new List<Type>();
        void Add(Type? t)
        {
            if (t is null)
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }

            if (t.IsGenericParameter)
            {
                return;
            }

            found.Add(t.IsGenericType ? t.GetGenericTypeDefinition() : t);
            if (t.IsGenericType)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var field in type.GetFields(Everything))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(Everything))
        {
            Add(property.PropertyType);
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }

            foreach (var used in TypesInBody(method))
            {
                Add(used);
            }
        }

        return found;
    }

    /// <summary>Locals, and the types, methods and fields the IL names.</summary>
    private static IEnumerable<Type?> TypesInBody(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            short code = il[i++];
            if (code == 0xFE)
            {
                code = (short)(0xFE00 | il[i++]);
            }

            var operand = OperandTypes.TryGetValue(code, out var kind) ? kind : OperandType.InlineNone;
            switch (operand)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    i += 4;
                    MemberInfo? member;
                    try
                    {
                        member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                    }
                    catch (ArgumentException)
                    {
                        member = null;
                    }

                    yield return member as Type ?? member?.DeclaringType;
                    if (member is MethodInfo called)
                    {
                        yield return called.ReturnType;
                    }
                    else if (member is FieldInfo field)
                    {
                        yield return field.FieldType;
                    }

                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, i);
                    i += 4 + (4 * count);
                    break;
                default:
                    i += operand switch
                    {
                        OperandType.InlineNone => 0,
                        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                        OperandType.InlineVar => 2,
                        OperandType.InlineI8 or OperandType.InlineR => 8,
                        _ => 4,
                    };
                    break;
            }
        }
    }

    [GeneratedRegex(@"^namespace\s+(?<ns>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    // "using PainCoach.X;", "using static PainCoach.X.Y;", "using A = PainCoach.X.Y;" and "PainCoach.X.Y" in code or crefs.
    [GeneratedRegex(@"\bPainCoach\.(?<ns>[A-Z]\w*)\b")]
    private static partial Regex QualifiedName();
}
