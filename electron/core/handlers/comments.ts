import type { Handlers } from '../../../shared/api/dispatch.js';
import type { LibraryStores } from '../libraryStores.js';

type CommentMethod = Extract<keyof Handlers, `comments.${string}`>;

export function commentsHandlers(stores: () => LibraryStores): Pick<Handlers, CommentMethod> {
  const comments = () => stores().comments;
  return {
    'comments.list': (request) => comments().list(request.id, { sectionId: request.sectionId, includeResolved: request.includeResolved }),
    'comments.add': (request) => comments().add(request.id, request.sectionId, { from: request.from, to: request.to, quote: request.quote }, request.body),
    'comments.reply': (request) => comments().reply(request.id, request.commentId, request.body),
    'comments.resolve': (request) => comments().resolve(request.id, request.commentId),
    'comments.reopen': (request) => comments().reopen(request.id, request.commentId),
  };
}
