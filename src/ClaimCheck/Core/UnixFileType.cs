using System.Runtime.InteropServices;

namespace ClaimCheck.Core;

/// <summary>
/// The file type bits of stat(2) on Linux: .NET shows FIFOs and devices as normal files, and opening one to find out
/// can block forever. Elsewhere (or when the call fails) the type is unknown (null).
/// </summary>
internal static partial class UnixFileType
{
    /// <summary>S_IFREG.</summary>
    public const int Regular = 0x8000;

    private const int TypeMask = 0xF000;

    /// <summary>The S_IFMT bits of <paramref name="path"/> (links followed), or null where they cannot be read.</summary>
    public static int? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        // st_mode's offset in glibc's struct stat: after st_dev, st_ino and st_nlink on x64; after st_dev and st_ino on arm64.
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (offset < 0) return null;
        var buffer = new byte[256];
        try
        {
            return Stat(path, buffer) != 0 ? null : BitConverter.ToInt32(buffer, offset) & TypeMask;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, byte[] buffer);
}
