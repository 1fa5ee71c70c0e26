#pragma once
// run_in_parallel(n, body): body(0) on the calling thread and body(1)..body(n-1) each on a
// thread of its own, all joined before it returns; the first exception a task threw is then
// rethrown. On POSIX systems the threads are pthreads (config.hpp says why not std::thread);
// elsewhere the tasks run one after another, with the same results.
#include <cstddef>
#include <exception>  // std::exception_ptr: a task's failure rethrown on the calling thread

#include <peacekeeping/config.hpp>

#if PK_HAS_PTHREADS
#include <pthread.h>
#include <unistd.h>  // sysconf: the cores online
#endif

namespace pk::detail {

// Cores the process may use; 1 when unknown.
inline std::size_t available_cores() noexcept {
#if PK_HAS_PTHREADS
    const long cores = ::sysconf(_SC_NPROCESSORS_ONLN);
    return cores > 0 ? static_cast<std::size_t>(cores) : 1;
#else
    return 1;
#endif
}

// A mutex (a pthread one; nothing where tasks run one after another): <mutex> would bring
// <chrono>'s machinery to every includer, and <atomic> costs 150 ms of compile time.
class task_mutex {
public:
    task_mutex() = default;
    task_mutex(const task_mutex&) = delete;
    task_mutex& operator=(const task_mutex&) = delete;
    void lock() noexcept {
#if PK_HAS_PTHREADS
        ::pthread_mutex_lock(&mutex_);
#endif
    }
    void unlock() noexcept {
#if PK_HAS_PTHREADS
        ::pthread_mutex_unlock(&mutex_);
#endif
    }

private:
#if PK_HAS_PTHREADS
    pthread_mutex_t mutex_ = PTHREAD_MUTEX_INITIALIZER;
#endif
};

template <class Body>
void run_in_parallel(std::size_t n, Body& body) {
    constexpr std::size_t max_tasks = 64;
    if (n > max_tasks) n = max_tasks;
    struct task {
        Body* body;
        std::size_t index;
        std::exception_ptr failure;
        static void run(task& t) noexcept {
            try {
                (*t.body)(t.index);
            } catch (...) {
                t.failure = std::current_exception();
            }
        }
    };
    task tasks[max_tasks]{};  // value-initialised: g++ -O3 warns of index otherwise (maybe-uninitialized)
    for (std::size_t k = 0; k < n; ++k) tasks[k] = {&body, k, nullptr};
#if PK_HAS_PTHREADS
    pthread_t threads[max_tasks];
    bool started[max_tasks]{};
    for (std::size_t k = 1; k < n; ++k) {
        auto start = [](void* t) -> void* {
            task::run(*static_cast<task*>(t));
            return nullptr;
        };
        // A thread that cannot be created runs its task here instead.
        started[k] = ::pthread_create(&threads[k], nullptr, start, &tasks[k]) == 0;
    }
    task::run(tasks[0]);
    for (std::size_t k = 1; k < n; ++k) {
        if (started[k])
            ::pthread_join(threads[k], nullptr);
        else
            task::run(tasks[k]);
    }
#else
    for (std::size_t k = 0; k < n; ++k) task::run(tasks[k]);
#endif
    for (std::size_t k = 0; k < n; ++k)
        if (tasks[k].failure) std::rethrow_exception(tasks[k].failure);
}

// run_tasks(tasks, threads, body): body(task, thread) for task 0..tasks - 1, each once, on
// `threads` threads (thread 0 the calling one) that take the next task as each finishes its
// last. A thread slowed by other work then does fewer tasks instead of holding up the end.
template <class Body>
void run_tasks(std::size_t tasks, std::size_t threads, Body& body) {
    // The next task, behind a mutex: it is taken once per task (a few dozen times a read).
    struct queue {
        std::size_t next = 0;
        task_mutex mutex;
        std::size_t take() noexcept {
            mutex.lock();
            const std::size_t task = next++;
            mutex.unlock();
            return task;
        }
    } work;
    auto worker = [&](std::size_t thread) {
        for (std::size_t task = work.take(); task < tasks; task = work.take()) body(task, thread);
    };
    run_in_parallel(threads == 0 ? 1 : threads, worker);
}

}  // namespace pk::detail
