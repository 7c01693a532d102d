package dev.kindling.repl.sandbox;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.ErrorType;

/**
 * Scripts that try to leave a strict sandbox, one line each: reach Java, a shell, the
 * environment, the network, files outside the granted folder, or the interpreter's insides. Each
 * names the Python error that must refuse it. In the code, {@code SECRET} is replaced by the
 * absolute path of a file beside the granted folder and {@code OUT} by an absolute path beside it
 * that must not come to exist; the folder holds {@code up}, a link to its parent, and
 * {@code passwd}, a link to /etc/passwd.
 */
final class EscapeAttempts {
    record Attempt(String category, String code, ErrorType refusal) {
        @Override
        public String toString() {
            return category + ": " + code.replace("\n", "\\n");
        }
    }

    private EscapeAttempts() {}

    private static final List<Attempt> ALL = new ArrayList<>();

    private static void add(String category, ErrorType refusal, String... codes) {
        for (String code : codes) {
            ALL.add(new Attempt(category, code, refusal));
        }
    }

    static {
        add("java", ErrorType.MODULE_NOT_FOUND_ERROR,
                "import java", "import java.lang", "from java.lang import System", "import javax.script",
                "import jdk.jshell", "import dev.kindling", "import jpype", "import jnius", "import py4j",
                "import ctypes", "import cffi");
        add("java", ErrorType.NAME_ERROR,
                "java.lang.System.exit(0)", "Packages.java.lang.Runtime.getRuntime()", "Java.type('java.lang.Runtime')",
                "JavaImporter(java.io)", "__import__('java.lang')");
        add("java", ErrorType.ATTRIBUTE_ERROR,
                "import torch\ntorch.ones(2).getClass()", "(1).getClass()", "''.getClass().forName('java.lang.Runtime')",
                "[].getClass()", "print.getClass()", "import torch\ntorch.getClass()",
                "import torch\ntorch.ones(2).storage().getClass()", "import torch\ntorch._C._get_tracing_state()",
                "import torch\ntorch.ops.load_library('/tmp/x.so')", "import math\nmath.getClass()");
        add("shell", ErrorType.MODULE_NOT_FOUND_ERROR,
                "import subprocess", "import pty", "import shutil", "import multiprocessing", "import signal",
                "import posix", "import _posixsubprocess", "import asyncio", "from subprocess import run");
        add("shell", ErrorType.NAME_ERROR, "__import__('subprocess').run('id')", "__import__('os').system('id')");
        add("shell", ErrorType.ATTRIBUTE_ERROR,
                "import os\nos.system('id')", "import os\nos.popen('id')", "import os\nos.execv('/bin/sh', ['sh'])",
                "import os\nos.fork()", "import os\nos.spawnl(os.P_WAIT, '/bin/sh', 'sh')", "import os\nos.kill(1, 9)",
                "import os\nos._exit(0)", "import os\nos.posix_spawn('/bin/sh', ['sh'], {})",
                "import sys\nsys.modules['os'].system('id')", "import os\nos.startfile('x')");
        add("environment", ErrorType.KEY_ERROR,
                "import os\nos.environ['PATH']", "import os\nos.environ['HOME']", "import os\nos.environ['JAVA_HOME']",
                "import os\nos.environ['USER']");
        add("environment", ErrorType.ATTRIBUTE_ERROR,
                "import os\nos.getlogin()", "import os\nos.getuid()", "import os\nos.getpid()", "import os\nos.uname()",
                "import sys\nsys._getframe()", "import os\nos.cpu_count()", "import os\nos.environb");
        add("environment", ErrorType.MODULE_NOT_FOUND_ERROR,
                "import platform", "import getpass", "import pwd", "import resource", "import sysconfig");
        add("network", ErrorType.MODULE_NOT_FOUND_ERROR,
                "import socket", "import urllib.request", "import http.client", "import requests", "import ssl",
                "import ftplib", "import smtplib", "import torchvision", "import urllib", "import xmlrpc.client");
        add("network", ErrorType.ATTRIBUTE_ERROR,
                "import torch\ntorch.hub.load('pytorch/vision', 'resnet18')",
                "import torch\ntorch.utils.model_zoo.load_url('http://example.com/x.pt')");
        add("network", ErrorType.FILE_NOT_FOUND_ERROR,
                "open('http://example.com/')", "import torch\ntorch.load('https://example.com/w.pt')");
        add("files: parent", ErrorType.PERMISSION_ERROR,
                "open('../secret.txt')", "open('./../secret.txt')", "open('sub/../../secret.txt')",
                "open('../' * 30 + 'etc/passwd')", "open('../new.txt', 'w')", "open('../new.txt', 'a')",
                "open('../new.txt', 'x')", "open('..//secret.txt', 'r')", "open('.././../secret.txt')");
        add("files: absolute", ErrorType.PERMISSION_ERROR,
                "open('/etc/passwd')", "open('SECRET')", "open('OUT', 'w')", "open('/proc/self/environ')",
                "open('/proc/self/cmdline')", "open('/dev/zero')", "open('/', 'r')", "open('//etc/passwd')",
                "open('/etc/../etc/passwd')");
        add("files: symlink", ErrorType.PERMISSION_ERROR,
                "open('up/secret.txt')", "open('passwd')", "open('up/new.txt', 'w')", "open('./up/../up/secret.txt')",
                "import os\nos.listdir('up')", "import pathlib\npathlib.Path('passwd').read_text()",
                "import torch\ntorch.save(torch.ones(1), 'up/w.pt')");
        add("files: NUL byte", ErrorType.VALUE_ERROR,
                "open('a\\0b')", "open('../secret.txt\\0')", "import os\nos.listdir('.\\0')",
                "import torch\ntorch.save(torch.ones(1), 'w\\0.pt')", "import pathlib\npathlib.Path('a\\0').read_text()");
        add("files: os", ErrorType.PERMISSION_ERROR,
                "import os\nos.listdir('/')", "import os\nos.listdir('..')", "import os\nos.mkdir('../made')",
                "import os\nos.makedirs('OUT/a/b')", "import os\nos.remove('../secret.txt')", "import os\nos.rmdir('..')",
                "import os\nos.remove('SECRET')", "import os\nos.listdir('/etc')");
        add("files: pathlib", ErrorType.PERMISSION_ERROR,
                "import pathlib\npathlib.Path('../secret.txt').read_text()",
                "import pathlib\npathlib.Path('/etc/passwd').read_text()",
                "import pathlib\npathlib.Path('OUT').write_text('x')",
                "import pathlib\nlist(pathlib.Path('..').iterdir())", "import pathlib\nlist(pathlib.Path('/').iterdir())",
                "import pathlib\npathlib.Path('../made').mkdir()", "import pathlib\npathlib.Path('../secret.txt').unlink()",
                "import pathlib\npathlib.Path('..').joinpath('secret.txt').read_text()",
                "import pathlib\n(pathlib.Path('/') / 'etc' / 'passwd').read_text()");
        add("files: torch", ErrorType.PERMISSION_ERROR,
                "import torch\ntorch.save(torch.ones(2), '../w.pt')", "import torch\ntorch.save(torch.ones(2), 'OUT')",
                "import torch\ntorch.save({'w': torch.ones(2)}, '/tmp/kindling-escape.pt')",
                "import torch\ntorch.load('../secret.txt')", "import torch\ntorch.load('/etc/passwd')",
                "import torch\ntorch.load('SECRET')");
        add("files: pyplot", ErrorType.PERMISSION_ERROR,
                "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.savefig('../fig.png')",
                "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.savefig('OUT')",
                "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.savefig('up/fig.png')",
                "import matplotlib.pyplot as plt\nplt.figure()\nplt.savefig('/tmp/kindling-escape.png')");
        add("files: json", ErrorType.PERMISSION_ERROR,
                "import json\njson.dump({'a': 1}, open('../j.json', 'w'))", "import json\njson.load(open('SECRET'))",
                "import json\nwith open('OUT', 'w') as f:\n    json.dump([1], f)", "import io\nio.open('../secret.txt')");
        add("introspection", ErrorType.ATTRIBUTE_ERROR,
                "().__class__.__bases__[0].__subclasses__()", "object.__subclasses__()",
                "(lambda: 0).__globals__", "(lambda: 0).__code__", "def f(): pass\nf.__globals__['__builtins__']",
                "getattr(1, '__class__').__subclasses__()", "import torch\ntorch.Tensor.__init__.__globals__",
                "import torch\ntorch.ones(1).__reduce_ex__(2)", "print.__self__.__dict__", "import torch\ngetattr(torch, '_C')",
                "type(print).__call__.__globals__", "import os\nos.__loader__");
        add("introspection", ErrorType.MODULE_NOT_FOUND_ERROR,
                "import gc", "import inspect", "import importlib", "import pickle", "import marshal", "import code",
                "import builtins");
        add("introspection", ErrorType.NAME_ERROR,
                "eval(\"__import__('subprocess')\")", "exec('import os')", "compile('1', 's', 'eval')",
                "__builtins__.open", "globals()['__builtins__']", "breakpoint()", "__loader__");
    }

    static List<Attempt> all() {
        return List.copyOf(ALL);
    }
}
