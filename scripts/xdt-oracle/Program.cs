// xdt-oracle <source> <transform> <destination>: applies the transform the way the SDK's TransformXml task does
// (whitespace preserved, the document saved by the engine itself) and prints every warning and error as
// `file (line, column) severity: message`, the layout of the engine's own test logs. Exit code 0: the transform
// succeeded; 1: it logged errors; 3: it could not load the source (nothing written).
// xdt-oracle --batch <list>: one process for many cases (scripts/xdt-fuzz.ts), as starting dotnet costs more than a
// transform. <list> names one folder a line; each holds source.config and transform.config and receives
// result.config (the engine's file, saved even after errors) and log.txt (the lines above, then `exit: 0|1`, or
// `crash: <exception>` when the engine throws).
using Microsoft.Web.XmlTransform;

sealed class ProblemLog : IXmlTransformationLogger
{
    readonly TextWriter output;
    public ProblemLog(TextWriter output = null) { this.output = output ?? Console.Out; }

    static string Where(string file, int line, int column) => $"{Path.GetFileName(file)} ({line}, {column})";
    static string Text(string message, object[] args) => args.Length == 0 ? message : string.Format(message, args);

    public void LogMessage(string message, params object[] messageArgs) { }
    public void LogMessage(MessageType type, string message, params object[] messageArgs) { }
    public void StartSection(string message, params object[] messageArgs) { }
    public void StartSection(MessageType type, string message, params object[] messageArgs) { }
    public void EndSection(string message, params object[] messageArgs) { }
    public void EndSection(MessageType type, string message, params object[] messageArgs) { }

    public void LogWarning(string message, params object[] messageArgs) =>
        output.WriteLine($"warning: {Text(message, messageArgs)}");
    public void LogWarning(string file, string message, params object[] messageArgs) =>
        output.WriteLine($"{Path.GetFileName(file)} warning: {Text(message, messageArgs)}");
    public void LogWarning(string file, int lineNumber, int linePosition, string message, params object[] messageArgs) =>
        output.WriteLine($"{Where(file, lineNumber, linePosition)} warning: {Text(message, messageArgs)}");

    public void LogError(string message, params object[] messageArgs) =>
        output.WriteLine($"error: {Text(message, messageArgs)}");
    public void LogError(string file, string message, params object[] messageArgs) =>
        output.WriteLine($"{Path.GetFileName(file)} error: {Text(message, messageArgs)}");
    public void LogError(string file, int lineNumber, int linePosition, string message, params object[] messageArgs) =>
        output.WriteLine($"{Where(file, lineNumber, linePosition)} error: {Text(message, messageArgs)}");

    public void LogErrorFromException(Exception ex) => output.WriteLine($"error: {ex.Message}");
    public void LogErrorFromException(Exception ex, string file) =>
        output.WriteLine($"{Path.GetFileName(file)} error: {ex.Message}");
    public void LogErrorFromException(Exception ex, string file, int lineNumber, int linePosition) =>
        output.WriteLine($"{Where(file, lineNumber, linePosition)} error: {ex.Message}");
}

static class Program
{
    static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--batch") return Batch(args[1]);
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: xdt-oracle <source> <transform> <destination>");
            return 2;
        }
        using var document = new XmlTransformableDocument { PreserveWhitespace = true };
        try
        {
            document.Load(args[0]);
        }
        catch (System.Xml.XmlException ex)
        {
            // The engine cannot read the source (docs/xdt-formatting.md): nothing is transformed or written.
            Console.WriteLine($"{Path.GetFileName(args[0])} load error: {ex.Message}");
            return 3;
        }
        using var transformation = new XmlTransformation(args[1], new ProblemLog());
        bool succeeded = transformation.Apply(document);
        document.Save(args[2]);
        return succeeded ? 0 : 1;
    }

    static int Batch(string list)
    {
        foreach (string folder in File.ReadAllLines(list).Where(line => line.Length > 0))
        {
            using var log = new StreamWriter(Path.Combine(folder, "log.txt"));
            try
            {
                using var document = new XmlTransformableDocument { PreserveWhitespace = true };
                document.Load(Path.Combine(folder, "source.config"));
                using var transformation = new XmlTransformation(Path.Combine(folder, "transform.config"), new ProblemLog(log));
                bool succeeded = transformation.Apply(document);
                document.Save(Path.Combine(folder, "result.config"));
                log.WriteLine($"exit: {(succeeded ? 0 : 1)}");
            }
            catch (Exception ex)
            {
                log.WriteLine($"crash: {ex.GetType().Name}: {ex.Message.Replace('\n', ' ')}");
            }
        }
        return 0;
    }
}
