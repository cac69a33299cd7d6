// appimage-verify: checks a type-2 AppImage through Debian's libappimage, an independent reader, so the package
// check does not grade PortDesk's own runtime with PortDesk's own code. Each check prints one `ok:` or `FAIL:` line
// on stdout (everything libappimage prints goes to stderr); exit 0 only when every check passed.
// Lines marked "(own check)" or "(own read)" are done by this program because libappimage cannot do them.
#include <appimage/appimage.h>
#include <appimage/utils/logging.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <elf.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Options
{
    std::string path;
    std::vector<std::string> expectFiles;
    std::optional<std::string> expectUpdateInfo;
    std::optional<std::string> expectDesktopName;
};

int failures = 0;
FILE *report = stdout; // the real stdout once main() has sent fd 1 to stderr

// libappimage writes some progress to stdout ("Extracting ..."); only our lines may reach it.
void say(const std::string &line)
{
    std::fputs((line + "\n").c_str(), report);
    std::fflush(report);
}

void ok(const std::string &line)
{
    say("ok: " + line);
}

void fail(const std::string &line)
{
    ++failures;
    say("FAIL: " + line);
}

void check(bool passed, const std::string &line)
{
    passed ? ok(line) : fail(line);
}

[[noreturn]] void usage(const char *why)
{
    std::cerr << "appimage-verify: " << why << "\n"
              << "usage: appimage-verify FILE.AppImage [--expect-file PATH]... [--expect-update-info STRING]"
                 " [--expect-desktop-name NAME]\n";
    std::exit(2);
}

Options parseOptions(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                usage((arg + " needs a value").c_str());
            return argv[++i];
        };
        if (arg == "--expect-file")
            o.expectFiles.push_back(value());
        else if (arg == "--expect-update-info")
            o.expectUpdateInfo = value();
        else if (arg == "--expect-desktop-name")
            o.expectDesktopName = value();
        else if (!arg.empty() && arg[0] == '-')
            usage(("unknown option " + arg).c_str());
        else if (o.path.empty())
            o.path = arg;
        else
            usage("only one AppImage per run");
    }
    if (o.path.empty())
        usage("no AppImage given");
    return o;
}

std::string readBytes(const std::string &path, uint64_t offset, uint64_t length)
{
    std::ifstream in(path, std::ios::binary);
    std::string bytes(length, '\0');
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(bytes.data(), static_cast<std::streamsize>(length));
    bytes.resize(static_cast<size_t>(in.gcount()));
    return bytes;
}

// The spec's "end of the ELF": the section header table is the last thing the linker writes, so the runtime ends at
// e_shoff + e_shnum * e_shentsize. Computed here from the header alone, not by libappimage.
std::optional<uint64_t> elfEndFromHeader(const std::string &path, std::string &why)
{
    const std::string h = readBytes(path, 0, sizeof(Elf64_Ehdr));
    if (h.size() < EI_NIDENT || h.compare(0, SELFMAG, ELFMAG) != 0) {
        why = "no ELF magic";
        return std::nullopt;
    }
    if (h[EI_DATA] != ELFDATA2LSB) {
        why = "not a little-endian ELF";
        return std::nullopt;
    }
    if (h[EI_CLASS] == ELFCLASS64 && h.size() >= sizeof(Elf64_Ehdr)) {
        Elf64_Ehdr e;
        std::memcpy(&e, h.data(), sizeof e);
        return e.e_shoff + uint64_t(e.e_shnum) * e.e_shentsize;
    }
    if (h[EI_CLASS] == ELFCLASS32 && h.size() >= sizeof(Elf32_Ehdr)) {
        Elf32_Ehdr e;
        std::memcpy(&e, h.data(), sizeof e);
        return e.e_shoff + uint64_t(e.e_shnum) * e.e_shentsize;
    }
    why = "unknown ELF class or short header";
    return std::nullopt;
}

void checkPayloadOffset(const std::string &path)
{
    const off_t libOffset = appimage_get_payload_offset(path.c_str());
    std::string why;
    const auto ownEnd = elfEndFromHeader(path, why);
    const auto size = fs::file_size(path);
    if (libOffset <= 0 || uint64_t(libOffset) >= size) {
        fail("payload offset from libappimage is " + std::to_string(libOffset) + " (file size " + std::to_string(size) +
             ")");
        return;
    }
    if (!ownEnd) {
        fail("ELF end from the header (own check): " + why);
        return;
    }
    const bool same = uint64_t(libOffset) == *ownEnd;
    check(same, "payload offset " + std::to_string(libOffset) + " (libappimage) " + (same ? "==" : "!=") +
                    " ELF end e_shoff+e_shnum*e_shentsize " + std::to_string(*ownEnd) + " (own check)");
    const std::string magic = readBytes(path, uint64_t(libOffset), 4);
    check(magic == "hsqs", "squashfs magic 'hsqs' at offset " + std::to_string(libOffset) + " (own read)");
}

void checkFileList(const std::string &path, const std::vector<std::string> &expected)
{
    std::vector<std::string> files;
    char **list = appimage_list_files(path.c_str());
    for (char **p = list; p && *p; ++p) {
        std::string f = *p;
        if (f.rfind("./", 0) == 0)
            f.erase(0, 2);
        files.push_back(f);
    }
    appimage_string_list_free(list);
    auto has = [&](const std::string &f) { return std::find(files.begin(), files.end(), f) != files.end(); };

    check(!files.empty(), "libappimage lists " + std::to_string(files.size()) + " entries in the payload");
    std::vector<std::string> desktops;
    for (const auto &f : files)
        if (f.find('/') == std::string::npos && f.size() > 8 && f.compare(f.size() - 8, 8, ".desktop") == 0)
            desktops.push_back(f);
    check(desktops.size() == 1, "exactly one top-level *.desktop (found " + std::to_string(desktops.size()) +
                                    (desktops.empty() ? "" : ": " + desktops.front()) + ")");
    for (const std::string f : {"AppRun", ".DirIcon"})
        check(has(f), "payload has " + f);
    for (const auto &f : expected)
        check(has(f), "payload has " + f + " (--expect-file)");
}

void checkUpdateInfo(const std::string &path, const std::optional<std::string> &expected)
{
    unsigned long offset = 0, length = 0;
    const bool found = appimage_get_elf_section_offset_and_length(path.c_str(), ".upd_info", &offset, &length);
    if (!found || length == 0) {
        if (expected)
            fail("libappimage finds no ELF section .upd_info");
        else
            ok("no .upd_info section (none expected)");
        return;
    }
    std::string value = readBytes(path, offset, length); // libappimage only prints sections; read the bytes here
    value.erase(std::find(value.begin(), value.end(), '\0'), value.end());
    const std::string shown = "'" + value + "' (.upd_info at " + std::to_string(offset) + ", " +
                              std::to_string(length) + " bytes, located by libappimage)";
    if (expected)
        check(value == *expected,
              "update information " + shown + (value == *expected ? "" : " != '" + *expected + "'"));
    else
        ok("update information " + shown);
}

// Reads the [Desktop Entry] group of a desktop file: enough to compare a few keys.
std::map<std::string, std::string> desktopEntry(const fs::path &file)
{
    std::map<std::string, std::string> keys;
    std::ifstream in(file);
    std::string line, group;
    while (std::getline(in, line)) {
        if (!line.empty() && line[0] == '[')
            group = line;
        else if (group == "[Desktop Entry]" && line.find('=') != std::string::npos)
            keys.emplace(line.substr(0, line.find('=')), line.substr(line.find('=') + 1));
    }
    return keys;
}

// First word of an Exec value, with the desktop-entry double quotes removed.
std::string execProgram(const std::string &exec)
{
    if (!exec.empty() && exec[0] == '"') {
        std::string out;
        for (size_t i = 1; i < exec.size() && exec[i] != '"'; ++i)
            out += exec[i] == '\\' && i + 1 < exec.size() ? exec[++i] : exec[i];
        return out;
    }
    return exec.substr(0, exec.find(' '));
}

std::vector<fs::path> filesUnder(const fs::path &dir, const std::string &nameStart)
{
    std::vector<fs::path> found;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return found;
    for (const auto &e : fs::recursive_directory_iterator(dir, ec))
        if (e.is_regular_file() && e.path().filename().string().rfind(nameStart, 0) == 0)
            found.push_back(e.path());
    return found;
}

void checkDesktopEntryKeys(const fs::path &desktop, const std::string &appImage, const fs::path &dataHome,
                           const std::optional<std::string> &expectedName)
{
    auto keys = desktopEntry(desktop);
    say("  Exec=" + keys["Exec"] + "\n  Icon=" + keys["Icon"] + "\n  Name=" + keys["Name"]);
    check(execProgram(keys["Exec"]) == appImage, "desktop Exec= runs " + appImage);
    // libappimage appends " (X-AppImage-Version)" to Name when the bundle's desktop file declares a version.
    const std::string &version = keys["X-AppImage-Version"];
    if (expectedName) {
        const bool same =
            keys["Name"] == *expectedName || (!version.empty() && keys["Name"] == *expectedName + " (" + version + ")");
        check(same,
              "desktop Name= is '" + *expectedName + "'" + (version.empty() ? "" : " (+ version " + version + ")"));
    } else {
        check(!keys["Name"].empty(), "desktop Name= is not empty");
    }
    const auto icons = keys["Icon"].empty() ? std::vector<fs::path>{} : filesUnder(dataHome / "icons", keys["Icon"]);
    check(!icons.empty(), "icon " + (icons.empty() ? keys["Icon"] + " not written under $XDG_DATA_HOME/icons"
                                                   : fs::relative(icons.front(), dataHome).string() + " written"));
}

void checkDesktopIntegration(const std::string &appImage, const std::optional<std::string> &expectedName)
{
    std::string pattern = (fs::temp_directory_path() / "appimage-verify.XXXXXX").string();
    const char *tmp = mkdtemp(pattern.data());
    if (!tmp) {
        fail("desktop integration: cannot make a temporary directory");
        return;
    }
    const fs::path root = tmp, dataHome = root / "data";
    fs::create_directories(dataHome);
    setenv("HOME", root.c_str(), 1);
    setenv("XDG_DATA_HOME", dataHome.c_str(), 1);
    setenv("XDG_CACHE_HOME", (root / "cache").c_str(), 1); // thumbnails land here
    setenv("XDG_CONFIG_HOME", (root / "config").c_str(), 1);
    struct stat modeBefore = {};
    const bool hadMode = stat(appImage.c_str(), &modeBefore) == 0;

    const int rc = appimage_register_in_system(appImage.c_str(), false);
    check(rc == 0, "appimage_register_in_system under a fresh XDG_DATA_HOME returned " + std::to_string(rc));
    const auto desktops = filesUnder(dataHome / "applications", "appimagekit_");
    check(desktops.size() == 1,
          "one desktop file written under $XDG_DATA_HOME/applications (found " + std::to_string(desktops.size()) + ")");
    if (desktops.size() == 1)
        checkDesktopEntryKeys(desktops.front(), appImage, dataHome, expectedName);
    check(appimage_is_registered_in_system(appImage.c_str()), "appimage_is_registered_in_system is true");

    // libappimage 1.0.3 deletes while walking a directory tree and stops at the first deletion under icons/
    // (upstream AppImageCommunity/libappimage#155), so one call leaves all but one icon behind. Call again while
    // each call still removes something.
    auto written = [&] {
        return filesUnder(dataHome / "applications", "appimagekit_").size() +
               filesUnder(dataHome / "icons", "appimagekit_").size();
    };
    int calls = 0, urc = 0;
    size_t left = written(), previous = 0;
    do {
        previous = left;
        urc = appimage_unregister_in_system(appImage.c_str(), false);
        ++calls;
        left = written();
    } while (left > 0 && left < previous && urc == 0);
    check(urc == 0 && left == 0 && !appimage_is_registered_in_system(appImage.c_str()),
          "appimage_unregister_in_system removed the desktop file and icons (" + std::to_string(calls) + " call(s)" +
              (calls > 1 ? ", libappimage#155: one icon per call" : "") + ", rc " + std::to_string(urc) + ", " +
              std::to_string(left) + " left)");

    // Registering also chmods the AppImage +x; give the checked artifact its mode back.
    if (hadMode)
        chmod(appImage.c_str(), modeBefore.st_mode & 07777);
    std::error_code ec;
    fs::remove_all(root, ec);
}

void printDigests(const std::string &path)
{
    char *pathMd5 = appimage_get_md5(path.c_str());
    check(pathMd5 && *pathMd5, std::string("appimage_get_md5 (id of this path, names the integration files): ") +
                                   (pathMd5 ? pathMd5 : "(null)"));
    std::free(pathMd5);
    char digest[16];
    if (appimage_type2_digest_md5(path.c_str(), digest)) {
        char *hex = appimage_hexlify(digest, sizeof digest);
        ok(std::string("appimage_type2_digest_md5 (content, signature sections skipped): ") + hex);
        std::free(hex);
    } else {
        fail("appimage_type2_digest_md5 could not digest the file");
    }
}

} // namespace

int main(int argc, char **argv)
{
    Options o = parseOptions(argc, argv);
    const int reportFd = dup(STDOUT_FILENO);
    if (reportFd < 0 || !(report = fdopen(reportFd, "w")) || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        std::perror("appimage-verify: cannot set up stdout");
        return 2;
    }
    appimage::utils::setLoggerCallback([](const appimage::utils::LogLevel &level, const std::string &message) {
        static const char *names[] = {"debug", "info", "warning", "error"};
        std::cerr << "libappimage " << names[static_cast<int>(level) & 3] << ": " << message << std::endl;
    });
    std::error_code ec;
    const fs::path absolute = fs::canonical(o.path, ec);
    if (ec || !fs::is_regular_file(absolute)) {
        fail(o.path + " is not a readable file");
        return 1;
    }
    const std::string path = absolute.string();
    say("appimage-verify: " + path);

    const int type = appimage_get_type(path.c_str(), false);
    check(type == 2, "appimage_get_type is " + std::to_string(type) + " (2 wanted)");
    if (type == 2) {
        checkPayloadOffset(path);
        checkFileList(path, o.expectFiles);
        checkUpdateInfo(path, o.expectUpdateInfo);
        checkDesktopIntegration(path, o.expectDesktopName);
        printDigests(path);
    } else {
        // The other readers assume a well-formed ELF (libappimage's section lookup would read out of bounds).
        say("skip: the remaining checks need a type-2 AppImage");
    }

    say(failures ? "appimage-verify: " + std::to_string(failures) + " check(s) FAILED"
                 : "appimage-verify: all checks passed");
    return failures ? 1 : 0;
}
